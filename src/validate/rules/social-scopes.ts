import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers, SOCIAL_TYPES } from './rule';
import { listOf } from './suggest';

/** Sign in with Apple's only scopes. */
const APPLE_SCOPES = ['email', 'name'];

export const socialScopes = defineRule({
  code: 'social-scopes',
  description:
    'A social provider requests at least one scope, each one word without whitespace or commas (Cognito joins them into `authorize_scopes`); ' +
    "Sign in with Apple's are `email` and `name` only.",
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails ' +
    '(authorize_scopes required for each social type; Apple "email name"; "Social IdP authorize_scopes values must match the values listed here"); ' +
    '"client_id, client_secret and authorize_scopes are all required idp details" (https://github.com/aws-amplify/amplify-cli/issues/8266); docs/provider-evidence.md §6.1',
  part: 'provider',
  reads: ['type', 'scopes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file, ...SOCIAL_TYPES)) {
      const at = [...path, 'scopes'];
      if (provider.scopes.length === 0) {
        out.push({
          path: at,
          message: `Cognito requires scopes (\`authorize_scopes\`) for a ${provider.type} provider; received none`,
          hint:
            provider.type === 'apple'
              ? 'write `[email, name]`, or one of them'
              : provider.type === 'facebook'
                ? 'e.g. `[public_profile, email]`'
                : provider.type === 'google'
                  ? 'e.g. `[openid, email, profile]`'
                  : 'e.g. `[profile]`',
        });
        continue;
      }
      provider.scopes.forEach((scope, index) => {
        if (scope === '' || /[\s,]/.test(scope)) {
          out.push({
            path: [...at, index],
            message: `each scope is one word without whitespace or commas (Cognito joins them with ${provider.type === 'facebook' ? 'commas' : 'spaces'}); received ${received(scope)}`,
            hint: scope.trim() ? 'write each scope as its own list item' : 'remove the empty item',
          });
          return;
        }
        if (provider.type === 'apple' && !APPLE_SCOPES.includes(scope)) {
          out.push({
            path: [...at, index],
            message: `Sign in with Apple has the scopes ${listOf(APPLE_SCOPES)} only; received ${received(scope)}`,
            hint: 'keep `email`, `name` or both; Apple sends the user id (`sub`) without a scope',
          });
        }
      });
    }
    return out;
  },
});
