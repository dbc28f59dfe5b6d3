import { createHash } from 'node:crypto';
import type { Client, IdentityProvider, Pool, ResourceServer } from './model';

/**
 * Terraform addresses and output names, derived from YAML keys alone.
 *
 * An address is what Terraform keys state by: renaming one is a destroy and
 * create, so it must depend on nothing but the keys the user wrote (never on
 * file order, AWS names or cdktf's construct-path hashing). Parts are joined
 * with `__`; pool, client and resource-server ids are `[a-z][a-z0-9_-]*`
 * without `__` (the `id-format` rule), so the first `__` always ends the pool
 * id and the parts decode unambiguously.
 */
export const JOINER = '__';

/** Terraform identifiers: letters, digits, `_` and `-`, starting with a letter or `_`. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The first 8 hex characters of sha256(text): a stable, collision-resistant tag. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * A name usable inside a Terraform identifier. Provider names may hold any
 * printable character (`Acme Corp`, `Okta.EU`); they are reduced to
 * `[A-Za-z0-9_-]`, and whenever that changed anything, or the name holds the
 * joiner `__`, `__h` + a hash of the original is appended, so two names that
 * sanitize alike (`Acme Corp`, `Acme.Corp`) never share an address. A name
 * that is already a clean identifier is kept as written, for readable plans.
 */
export function sanitizeName(name: string): string {
  let clean = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (!/^[A-Za-z_]/.test(clean)) clean = `_${clean}`;
  if (clean === name && !name.includes(JOINER)) return name;
  return `${clean}${JOINER}h${shortHash(name)}`;
}

export function join(...parts: string[]): string {
  return parts.join(JOINER);
}

/**
 * Every kind of Terraform block cogfed writes, by its Terraform type: the one
 * place these names are spelled (compile creates them, diff and plan look
 * them up, the replacement table keys its rules by them).
 */
export const KIND = {
  userPool: 'aws_cognito_user_pool',
  domain: 'aws_cognito_user_pool_domain',
  resourceServer: 'aws_cognito_resource_server',
  identityProvider: 'aws_cognito_identity_provider',
  client: 'aws_cognito_user_pool_client',
  branding: 'aws_cognito_managed_login_branding',
} as const;

/** Data sources cogfed reads (secrets, the pool's SAML signing certificate), by Terraform type. */
export const DATA_KIND = {
  ssmParameter: 'aws_ssm_parameter',
  secretVersion: 'aws_secretsmanager_secret_version',
  signingCertificate: 'aws_cognito_user_pool_signing_certificate',
  /** A pool this stack does not manage (`existingPool`), read by its id. */
  userPool: 'aws_cognito_user_pool',
} as const;

export type ResourceKind = (typeof KIND)[keyof typeof KIND];
export type DataKind = (typeof DATA_KIND)[keyof typeof DATA_KIND];

/** A resource's Terraform address, `<type>.<logical id>`, as a plan and the state name it. */
export function resourceAddress(kind: ResourceKind, logicalId: string): string {
  return `${kind}.${logicalId}`;
}

/** A data source's address, `data.<type>.<logical id>`. */
export function dataAddress(kind: DataKind, logicalId: string): string {
  return `data.${kind}.${logicalId}`;
}

/** Logical ids (the part after the resource type) of everything cogfed creates. */
export const address = {
  pool: (pool: Pool) => pool.id,
  domain: (pool: Pool) => pool.id,
  resourceServer: (pool: Pool, server: ResourceServer) => join(pool.id, server.id),
  provider: (pool: Pool, provider: IdentityProvider) => join(pool.id, sanitizeName(provider.name)),
  client: (pool: Pool, client: Client) => join(pool.id, client.id),
  branding: (pool: Pool, client: Client) => join(pool.id, client.id),
  /** The data source that reads one secret of a provider's details (`client_secret`, `private_key`). */
  providerDetail: (pool: Pool, provider: IdentityProvider, detail: string) =>
    join(pool.id, sanitizeName(provider.name), detail),
};

/**
 * Stack output names: one output per pool, named after the pool's id (an
 * identifier without `__`, so it never meets another output name), whose
 * value is an object. Outputs grow with pools, not with clients times
 * providers.
 */
export const outputName = {
  pool: (pool: Pool) => pool.id,
};

/** The keys of a pool's output object (src/compile/outputs.ts), the one place they are spelled. */
export const OUTPUT_KEY = {
  poolId: 'user_pool_id',
  poolArn: 'user_pool_arn',
  issuerUrl: 'issuer_url',
  domainUrl: 'domain_url',
  idpRedirectUri: 'idp_redirect_uri',
  tokenEndpoint: 'token_endpoint',
  clients: 'clients',
  authorizeUrls: 'authorize_urls',
  saml: 'saml',
  samlAcsUrl: 'acs_url',
  samlEntityId: 'sp_entity_id',
  samlLogoutUrl: 'logout_url',
  samlSigningCertificate: 'signing_certificate',
  samlEncryptionCertificates: 'encryption_certificates',
} as const;

/**
 * Where a value sits in the stack's outputs, as review names it:
 * `customers.user_pool_id` (the output `customers`, its key `user_pool_id`),
 * `customers.clients.web`; read with `terraform output -json customers`.
 */
export const outputPath = {
  poolId: (pool: Pool) => `${outputName.pool(pool)}.${OUTPUT_KEY.poolId}`,
  clientId: (pool: Pool, client: Client) =>
    `${outputName.pool(pool)}.${OUTPUT_KEY.clients}.${client.id}`,
  idpRedirectUri: (pool: Pool) => `${outputName.pool(pool)}.${OUTPUT_KEY.idpRedirectUri}`,
  samlSigningCertificate: (pool: Pool) =>
    `${outputName.pool(pool)}.${OUTPUT_KEY.saml}.${OUTPUT_KEY.samlSigningCertificate}`,
  samlEncryptionCertificate: (pool: Pool, provider: IdentityProvider) =>
    // A provider name may hold dots or dashes, so it is written as an index (Terraform's own syntax).
    `${outputName.pool(pool)}.${OUTPUT_KEY.saml}.${OUTPUT_KEY.samlEncryptionCertificates}[${JSON.stringify(provider.name)}]`,
};

/**
 * Records the addresses a stack uses and refuses a second use of one.
 * The naming above makes a clash impossible for valid input; this turns a
 * broken assumption (a rule that let something through, a 32-bit hash
 * collision) into a loud error instead of one resource silently replacing
 * another in the JSON.
 */
export class AddressBook {
  private readonly used = new Set<string>();

  constructor(private readonly stack: string) {}

  claim(kind: string, name: string): string {
    if (!IDENTIFIER.test(name)) {
      throw new Error(
        `stack ${this.stack}: ${kind}.${name} is not a valid Terraform name; validation should have rejected its YAML key`,
      );
    }
    const key = `${kind}.${name}`;
    if (this.used.has(key))
      throw new Error(`stack ${this.stack}: two objects map to the same Terraform address ${key}`);
    this.used.add(key);
    return name;
  }
}
