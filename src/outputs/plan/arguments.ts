import type { NodePath } from '../../load/diagnostic';
import type { Target } from '../../load/source';
import type { YamlObject } from './addresses';
import type { PathStep } from './plan-json';

/**
 * Which YAML key writes a Terraform argument: the compile stage's mapping
 * read backwards (src/compile/user-pool.ts, clients.ts, identity-providers.ts,
 * domain.ts, resource-servers.ts). A plan says `username_attributes` forces
 * a replacement; this says that is `signIn.usernameAttributes` of the pool,
 * so the report can point at that line. Paths are relative to the object's
 * own YAML node; an argument with no key of its own (a default, or one the
 * compiler derives) points at the object.
 */
type Mapping = Record<string, ReadonlyArray<string | number>>;

const POOL: Mapping = {
  name: ['name'],
  deletion_protection: ['deletionProtection'],
  user_pool_tier: ['tier'],
  username_attributes: ['signIn', 'usernameAttributes'],
  alias_attributes: ['signIn'],
  username_configuration: ['signIn', 'caseSensitive'],
  auto_verified_attributes: ['signIn', 'autoVerify'],
  account_recovery_setting: ['signIn'],
  password_policy: ['passwordPolicy'],
  mfa_configuration: ['mfa', 'mode'],
  software_token_mfa_configuration: ['mfa', 'methods'],
  email_mfa_configuration: ['mfa', 'methods'],
  sms_configuration: ['mfa', 'sms'],
  email_configuration: ['email'],
  schema: ['customAttributes'],
};

const PASSWORD_POLICY: Record<string, string> = {
  minimum_length: 'minimumLength',
  require_lowercase: 'requireLowercase',
  require_uppercase: 'requireUppercase',
  require_numbers: 'requireNumbers',
  require_symbols: 'requireSymbols',
  temporary_password_validity_days: 'temporaryPasswordValidityDays',
  password_history_size: 'historySize',
};

const CUSTOM_ATTRIBUTE: Record<string, string> = {
  attribute_data_type: 'type',
  mutable: 'mutable',
  min_length: 'minLength',
  max_length: 'maxLength',
  min_value: 'min',
  max_value: 'max',
};

const CLIENT: Mapping = {
  name: ['name'],
  callback_urls: ['callbackUrls'],
  logout_urls: ['logoutUrls'],
  default_redirect_uri: ['defaultRedirectUri'],
  allowed_oauth_flows: ['oauth', 'flows'],
  allowed_oauth_flows_user_pool_client: ['oauth', 'flows'],
  allowed_oauth_scopes: ['oauth', 'scopes'],
  supported_identity_providers: ['identityProviders'],
  generate_secret: ['generateSecret'],
  explicit_auth_flows: ['authFlows'],
  access_token_validity: ['tokenValidity', 'access'],
  id_token_validity: ['tokenValidity', 'id'],
  refresh_token_validity: ['tokenValidity', 'refresh'],
  token_validity_units: ['tokenValidity'],
  read_attributes: ['readAttributes'],
  write_attributes: ['writeAttributes'],
  enable_token_revocation: ['enableTokenRevocation'],
};

const PROVIDER_DETAILS: Record<string, ReadonlyArray<string>> = {
  oidc_issuer: ['issuer'],
  client_id: ['clientId'],
  client_secret: ['clientSecret'],
  authorize_scopes: ['scopes'],
  attributes_request_method: ['attributesRequestMethod'],
  authorize_url: ['endpoints', 'authorize'],
  token_url: ['endpoints', 'token'],
  attributes_url: ['endpoints', 'userInfo'],
  jwks_uri: ['endpoints', 'jwks'],
};

const PROVIDER: Mapping = {
  idp_identifiers: ['identifiers'],
  attribute_mapping: ['attributeMapping'],
};

const RESOURCE_SERVER: Mapping = { identifier: ['identifier'], name: ['name'], scope: ['scopes'] };

/**
 * The YAML node behind an argument of an object, and whether the annotation
 * belongs on the key (the object as a whole, a renamed key) or the value.
 * `steps` are logical: items of a keyed block list by name (`schema`,
 * `tenant_id`, `string_attribute_constraints`, 0, `max_length`).
 */
export function yamlPathOf(
  object: YamlObject,
  steps: readonly PathStep[],
): { path: NodePath; target: Target } {
  const [first, ...rest] = steps;
  const own = (suffix: ReadonlyArray<string | number> | undefined) =>
    suffix
      ? { path: [...object.path, ...suffix], target: 'value' as Target }
      : { path: object.path, target: 'key' as Target };
  if (typeof first !== 'string') return own(undefined);
  switch (object.kind) {
    case 'pool': {
      if (first === 'schema' && typeof rest[0] === 'string') {
        const field = rest.find((s): s is string => typeof s === 'string' && s in CUSTOM_ATTRIBUTE);
        return own(['customAttributes', rest[0], ...(field ? [CUSTOM_ATTRIBUTE[field]] : [])]);
      }
      if (first === 'password_policy') {
        const field = rest.find((s): s is string => typeof s === 'string' && s in PASSWORD_POLICY);
        return own(['passwordPolicy', ...(field ? [PASSWORD_POLICY[field]] : [])]);
      }
      return own(POOL[first]);
    }
    case 'client':
      return own(CLIENT[first]);
    case 'identity-provider':
      if (first === 'provider_name') return own(undefined);
      if (first === 'provider_details' && typeof rest[0] === 'string')
        return own(PROVIDER_DETAILS[rest[0]]);
      return own(PROVIDER[first]);
    case 'domain':
      if (first === 'domain')
        return own(object.pool.domain?.kind === 'custom' ? ['custom', 'name'] : ['prefix']);
      if (first === 'certificate_arn') return own(['custom', 'certificateArn']);
      if (first === 'managed_login_version') return own(['managedLoginVersion']);
      return own(undefined);
    case 'resource-server':
      return own(RESOURCE_SERVER[first]);
    default:
      return own(undefined);
  }
}
