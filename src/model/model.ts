import type { SecretRef } from '../validate/config';
import type { Duration } from '../validate/duration';

export type { Duration };

/**
 * The normalized model that compile and outputs read: every default applied,
 * every collection sorted by its YAML key, so the order of a file never shows
 * in anything cogfed writes. Set-like lists (URLs, flows, scopes) are sorted
 * too; order-significant lists (identifiers, authorize scopes) keep the
 * file's order.
 */
export interface Model {
  /** The file the model came from, as the user named it. */
  file: string;
  stack: string;
  region: string;
  tags: Record<string, string>;
  /** `terraform.required_providers.aws.version`: a Terraform version constraint. */
  awsProviderVersion: string;
  backend: Backend;
  pools: Pool[];
}

export type Backend =
  | { kind: 'local' }
  | {
      kind: 's3';
      bucket: string;
      key: string;
      region: string;
      useLockfile: boolean;
      encrypt: boolean;
    };

/**
 * `importId` (on a pool, domain, resource server, provider, client) is the AWS
 * id of an existing resource the entry adopts, as the provider's import
 * documentation spells it; compile turns each into a Terraform `import` block.
 */
export interface Pool {
  /** The YAML key; the root of every Terraform address of this pool. */
  id: string;
  importId?: string;
  /** The previous key (`renamedFrom`): compile writes `moved` blocks from the old addresses. */
  renamedFrom?: string;
  /**
   * Present when the pool is not this stack's (`existingPool`): read through
   * the aws_cognito_user_pool data source, never created, replaced or
   * deleted. Its own settings below are then the defaults, unused: only its
   * resource servers, providers and clients are compiled. `domainHost` is
   * the owner's domain (`existingDomain`), for registration values only.
   */
  existing?: { id: string; domainHost?: string };
  /** For an existing pool: its id (the stack does not know its name). */
  name: string;
  deletionProtection: boolean;
  tier?: 'LITE' | 'ESSENTIALS' | 'PLUS';
  usernameAttributes: string[];
  caseSensitive: boolean;
  autoVerifiedAttributes: string[];
  passwordPolicy: PasswordPolicy;
  mfa: Mfa;
  email?: { sesSourceArn: string; from?: string; replyTo?: string };
  customAttributes: CustomAttribute[];
  domain?: Domain;
  resourceServers: ResourceServer[];
  providers: IdentityProvider[];
  clients: Client[];
  /** What the pool's stack output holds beyond its defaults. */
  outputs: { authorizeUrls: boolean };
}

export interface PasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  temporaryPasswordValidityDays: number;
  historySize?: number;
}

export interface Mfa {
  /** Terraform's `mfa_configuration`. */
  configuration: 'OFF' | 'OPTIONAL' | 'ON';
  totp: boolean;
  email: boolean;
  sms?: { snsCallerArn: string; externalId: string; snsRegion?: string };
}

export interface CustomAttribute {
  /** Without the `custom:` prefix. */
  name: string;
  type: 'String' | 'Number' | 'Boolean' | 'DateTime';
  mutable: boolean;
  /** Strings: both bounds, always (a partial block plans a change on every run). */
  stringConstraints?: { minLength: number; maxLength: number };
  numberConstraints?: { min?: number; max?: number };
}

export type Domain = (
  { kind: 'prefix'; prefix: string } | { kind: 'custom'; name: string; certificateArn: string }
) & {
  /** The host name users see: `<prefix>.auth.<region>.amazoncognito.com` or the custom name. */
  host: string;
  managedLoginVersion: 1 | 2;
  importId?: string;
};

/** What the hosted endpoints need of a domain: its host (a managed domain, or an existing pool's `existingDomain`). */
export type DomainHost = Pick<Domain, 'host'>;

export interface ResourceServer {
  id: string;
  importId?: string;
  renamedFrom?: string;
  identifier: string;
  name: string;
  scopes: Array<{ name: string; description: string }>;
}

/** Every identity provider type; one module each under providers/. */
export type IdentityProvider =
  OidcProvider | SamlProvider | GoogleProvider | FacebookProvider | AppleProvider | AmazonProvider;

/** The social types, which Cognito names after the type. */
export type SocialProvider = GoogleProvider | FacebookProvider | AppleProvider | AmazonProvider;

/** What every provider has. */
interface ProviderBase {
  /** The Cognito provider name (the YAML key). */
  name: string;
  /** Adopt the existing provider (`<pool id>:<provider name>`): an import block. */
  importId?: string;
  /** In the file's order (empty for the social types, which have none). */
  identifiers: string[];
  /** User pool attribute to IdP attribute; keys sorted. */
  attributeMapping: Record<string, string>;
  /** Present (true) when the file marks the provider pending: modelled and reviewed, not compiled. */
  pending?: true;
}

/**
 * Where a SAML provider's metadata comes from. A file's content is read once,
 * by the validate stage (which checked it), so compile and diff need no file
 * access; `signingCertificates` are its signing certificates (SHA-256
 * fingerprint and expiry date), for review and for diff to say whether they changed.
 */
export type SamlMetadata =
  | { kind: 'url'; url: string }
  | {
      kind: 'file';
      path: string;
      content: string;
      entityId?: string;
      signingCertificates: Array<{ sha256: string; validTo: string }>;
    };

export interface SamlProvider extends ProviderBase {
  type: 'saml';
  /** Absent only for a pending provider whose IdP has not sent its metadata yet. */
  metadata?: SamlMetadata;
  signOut: boolean;
  idpInitiated: boolean;
  encryptedResponses: boolean;
  requestSigningAlgorithm?: 'rsa-sha256';
}

interface SocialProviderBase extends ProviderBase {
  clientId: string;
  /** In the file's order; joined as the type's `authorize_scopes` wants. */
  scopes: string[];
}

export interface GoogleProvider extends SocialProviderBase {
  type: 'google';
  clientSecret: SecretRef;
}

export interface FacebookProvider extends SocialProviderBase {
  type: 'facebook';
  clientSecret: SecretRef;
  apiVersion?: string;
}

export interface AmazonProvider extends SocialProviderBase {
  type: 'amazon';
  clientSecret: SecretRef;
}

export interface AppleProvider extends SocialProviderBase {
  type: 'apple';
  teamId: string;
  keyId: string;
  privateKey: SecretRef;
}

export interface OidcProvider {
  type: 'oidc';
  /** The Cognito provider name (the YAML key). */
  name: string;
  importId?: string;
  issuer: string;
  clientId: string;
  clientSecret: SecretRef;
  /** In the file's order; written space-joined as `authorize_scopes`. */
  scopes: string[];
  attributesRequestMethod: 'GET' | 'POST';
  /** In the file's order. */
  identifiers: string[];
  /** User pool attribute to IdP claim; always has `username` (default `sub`). Keys sorted. */
  attributeMapping: Record<string, string>;
  endpoints?: { authorize?: string; token?: string; userInfo?: string; jwks?: string };
  pending?: true;
}

export interface Client {
  id: string;
  importId?: string;
  renamedFrom?: string;
  /** The managed login style to adopt (`<pool id>,<branding id>`), when the client gets one. */
  brandingImportId?: string;
  name: string;
  callbackUrls: string[];
  logoutUrls: string[];
  defaultRedirectUri?: string;
  oauthFlows: Array<'code' | 'implicit' | 'client_credentials'>;
  oauthScopes: string[];
  /** Names as written: `COGNITO` or provider names of the pool. */
  identityProviders: string[];
  generateSecret: boolean;
  /** `ALLOW_*` values. */
  explicitAuthFlows: string[];
  tokenValidity: { access: Duration; id: Duration; refresh: Duration };
  readAttributes?: string[];
  writeAttributes?: string[];
  enableTokenRevocation: boolean;
}
