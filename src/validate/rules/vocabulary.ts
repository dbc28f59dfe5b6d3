/** Names AWS fixes, shared by several rules. */

/** OAuth scopes Cognito itself defines (docs/aws-limits.md#oauth-scopes). */
export const SYSTEM_SCOPES: readonly string[] = [
  'openid',
  'email',
  'phone',
  'profile',
  'aws.cognito.signin.user.admin',
];

/**
 * Standard user pool attributes (the OIDC standard claims Cognito stores),
 * the keys an identity provider's attribute mapping may write besides
 * `username` and declared `custom:` attributes.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html
 */
export const STANDARD_ATTRIBUTES: readonly string[] = [
  'address',
  'birthdate',
  'email',
  'email_verified',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'phone_number_verified',
  'picture',
  'preferred_username',
  'profile',
  'updated_at',
  'website',
  'zoneinfo',
];

/** The `SupportedIdentityProviders` value for the pool's own users. */
export const COGNITO = 'COGNITO';

/** Flows that send a user's browser to a redirect URL. */
export const INTERACTIVE_FLOWS: readonly string[] = ['code', 'implicit'];
