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

export interface ResourceServer {
  id: string;
  importId?: string;
  identifier: string;
  name: string;
  scopes: Array<{ name: string; description: string }>;
}

/** Every identity provider type; one module each under providers/. */
export type IdentityProvider = OidcProvider;

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
}

export interface Client {
  id: string;
  importId?: string;
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
