/**
 * The configuration file as written, once `schemas/cogfed.schema.json` has
 * accepted it. Keys are the YAML's (camelCase); every optional key has the
 * default documented in the schema and applied in `build.ts`.
 */
export interface CogfedFile {
  version: 1;
  stack: string;
  aws: AwsConfig;
  backend?: BackendConfig;
  /** A production environment (rules for production only apply); set per environment. */
  production?: boolean;
  /** One definition, several stacks: assembled away before rules and the model see the file (src/validate/assemble). */
  environments?: Record<string, EnvironmentConfig>;
  userPools?: Record<string, UserPoolConfig>;
}

export interface EnvironmentConfig {
  stack: string;
  production?: boolean;
  /** A deep overlay of the definition (`aws`, `backend`, `userPools`). */
  set?: Record<string, unknown>;
}

export interface AwsConfig {
  region: string;
  tags?: Record<string, string>;
  /** A Terraform version constraint for hashicorp/aws; default in src/validate/aws-provider.ts. */
  providerVersion?: string;
}

export interface BackendConfig {
  s3?: S3BackendConfig;
}

export interface S3BackendConfig {
  bucket: string;
  key?: string;
  region: string;
  lockfile?: boolean;
  encrypt?: boolean;
}

export type UsernameAttribute = 'email' | 'phone_number';
export type Tier = 'lite' | 'essentials' | 'plus';

export interface UserPoolConfig {
  /** Adopt an existing pool (its id) instead of creating one: synth writes a Terraform `import` block. */
  importId?: string;
  /** Attach to a pool this stack does not manage (its id): read through a data source, never created, replaced or deleted (rule existing-pool). */
  existingPool?: string;
  /** The host name of an existing pool's domain (its owner's), for the redirect URIs to register and the outputs; only with existingPool. */
  existingDomain?: string;
  /** The previous key: compiled to a Terraform `moved` block (pools, clients, resource servers). */
  renamedFrom?: string;
  name?: string;
  deletionProtection?: boolean;
  tier?: Tier;
  signIn?: SignInConfig;
  passwordPolicy?: PasswordPolicyConfig;
  mfa?: MfaConfig;
  email?: EmailSendingConfig;
  customAttributes?: Record<string, CustomAttributeConfig>;
  domain?: DomainConfig;
  resourceServers?: Record<string, ResourceServerConfig>;
  identityProviders?: Record<string, IdentityProviderConfig>;
  clients?: Record<string, ClientConfig>;
  quotas?: PoolQuotasConfig;
  outputs?: PoolOutputsConfig;
}

/** What the pool's stack output holds beyond its defaults (src/compile/outputs.ts). */
export interface PoolOutputsConfig {
  authorizeUrls?: boolean;
}

/** Per-pool quotas AWS raised for the account (validation only; nothing is compiled from them). */
export interface PoolQuotasConfig {
  identityProviders?: number;
  clients?: number;
  resourceServers?: number;
}

export interface SignInConfig {
  usernameAttributes?: UsernameAttribute[];
  caseSensitive?: boolean;
  autoVerify?: UsernameAttribute[];
}

export interface PasswordPolicyConfig {
  minimumLength?: number;
  requireLowercase?: boolean;
  requireUppercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
  temporaryPasswordValidityDays?: number;
  historySize?: number;
}

export type MfaMode = 'off' | 'optional' | 'required';
export type MfaMethod = 'totp' | 'sms' | 'email';

export interface MfaConfig {
  mode?: MfaMode;
  methods?: MfaMethod[];
  sms?: SmsConfig;
}

export interface SmsConfig {
  snsCallerArn: string;
  externalId: string;
  snsRegion?: string;
}

export interface EmailSendingConfig {
  sesSourceArn: string;
  from?: string;
  replyTo?: string;
}

export type CustomAttributeType = 'string' | 'number' | 'boolean' | 'datetime';

export interface CustomAttributeConfig {
  type: CustomAttributeType;
  mutable?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
}

export interface DomainConfig {
  /** Adopt the existing domain: its name (the prefix or the custom name). */
  importId?: string;
  prefix?: string;
  custom?: CustomDomainConfig;
  managedLoginVersion?: 1 | 2;
}

export interface CustomDomainConfig {
  name: string;
  certificateArn: string;
}

export interface ResourceServerConfig {
  /** Adopt the existing resource server: `<pool id>|<identifier>`. */
  importId?: string;
  /** The previous key: compiled to a Terraform `moved` block (pools, clients, resource servers). */
  renamedFrom?: string;
  identifier: string;
  name?: string;
  scopes?: Record<string, string>;
}

export type SecretRef =
  { ssm: string } | { secretsManager: string; key?: string } | { variable: string };

export interface OidcEndpointsConfig {
  authorize?: string;
  token?: string;
  userInfo?: string;
  jwks?: string;
}

/** The identity-provider types, as `type` names them (the schema's `identityProvider` branches, in order). */
export const PROVIDER_TYPE_IDS = ['oidc', 'saml', 'google', 'facebook', 'apple', 'amazon'] as const;
export type ProviderTypeId = (typeof PROVIDER_TYPE_IDS)[number];

/** An identity provider as written: one variant per `type` (schemas/cogfed.schema.json `identityProvider`). */
export type IdentityProviderConfig =
  | OidcProviderConfig
  | SamlProviderConfig
  | GoogleProviderConfig
  | FacebookProviderConfig
  | AppleProviderConfig
  | AmazonProviderConfig;

/** The social types: Cognito names each after its type (`Google`, `Facebook`, `SignInWithApple`, `LoginWithAmazon`). */
export type SocialProviderConfig =
  GoogleProviderConfig | FacebookProviderConfig | AppleProviderConfig | AmazonProviderConfig;

/** What every type has. */
interface ProviderConfigBase {
  /** Adopt the existing provider: `<pool id>:<provider name>`. */
  importId?: string;
  /** The previous key: compiled to a Terraform `moved` block (pools, clients, resource servers). */
  renamedFrom?: string;
  attributeMapping?: Record<string, string>;
  /** Not created yet: review prints its registration sheet, compile skips it. */
  pending?: boolean;
}

export interface SamlProviderConfig extends ProviderConfigBase {
  type: 'saml';
  /** Exactly one of metadataUrl and metadataFile (rule saml-metadata-source). */
  metadataUrl?: string;
  /** Relative to the YAML file. */
  metadataFile?: string;
  idpSignout?: boolean;
  idpInitiated?: boolean;
  encryptedResponses?: boolean;
  requestSigningAlgorithm?: 'rsa-sha256';
  identifiers?: string[];
}

/** The social types share an OAuth client. */
interface SocialProviderConfigBase extends ProviderConfigBase {
  clientId: string;
  scopes: string[];
}

export interface GoogleProviderConfig extends SocialProviderConfigBase {
  type: 'google';
  clientSecret: SecretRef;
}

export interface FacebookProviderConfig extends SocialProviderConfigBase {
  type: 'facebook';
  clientSecret: SecretRef;
  apiVersion?: string;
}

export interface AmazonProviderConfig extends SocialProviderConfigBase {
  type: 'amazon';
  clientSecret: SecretRef;
}

export interface AppleProviderConfig extends SocialProviderConfigBase {
  type: 'apple';
  teamId: string;
  keyId: string;
  privateKey: SecretRef;
}

export interface OidcProviderConfig extends ProviderConfigBase {
  type: 'oidc';
  issuer: string;
  clientId: string;
  clientSecret: SecretRef;
  scopes: string[];
  attributesRequestMethod?: 'GET' | 'POST';
  identifiers?: string[];
  endpoints?: OidcEndpointsConfig;
}

export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';
export type AuthFlow =
  'user-srp' | 'refresh-token' | 'user-password' | 'admin-user-password' | 'custom' | 'user-auth';

export interface ClientConfig {
  /** Adopt the existing app client: `<pool id>/<client id>`. */
  importId?: string;
  /** The previous key: compiled to a Terraform `moved` block (pools, clients, resource servers). */
  renamedFrom?: string;
  /** Adopt the client's existing managed login style: `<pool id>,<managed login branding id>`. */
  brandingImportId?: string;
  name?: string;
  callbackUrls?: string[];
  logoutUrls?: string[];
  defaultRedirectUri?: string;
  oauth?: { flows?: OAuthFlow[]; scopes?: string[] };
  identityProviders?: string[];
  generateSecret?: boolean;
  authFlows?: AuthFlow[];
  tokenValidity?: { access?: string; id?: string; refresh?: string };
  readAttributes?: string[];
  writeAttributes?: string[];
  enableTokenRevocation?: boolean;
}
