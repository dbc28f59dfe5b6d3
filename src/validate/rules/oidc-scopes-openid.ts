import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';

export const oidcScopesOpenid = defineRule({
  code: 'oidc-scopes-openid',
  description:
    "An OIDC provider's scopes include `openid`, and each scope is one non-empty word without whitespace.",
  source:
    'docs/aws-limits.md#oidc-provider-details (OIDC authorize_scopes: "The scope openid is required"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-idp.html',
  part: 'provider',
  reads: ['scopes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const at = [...path, 'scopes'];
      if (!provider.scopes.includes('openid')) {
        out.push({
          path: at,
          message: `an OIDC provider's scopes must include \`openid\`; received [${provider.scopes.join(', ')}]`,
          hint: 'add `openid` to `scopes`, e.g. `[openid, email, profile]`',
        });
      }
      provider.scopes.forEach((scope, index) => {
        if (scope.length > 0 && !/\s/.test(scope)) return;
        out.push({
          path: [...at, index],
          message: `each scope is one non-empty word without whitespace (Cognito joins them with spaces into \`authorize_scopes\`); received ${received(scope)}`,
          hint: scope.trim() ? 'write each scope as its own list item' : 'remove the empty item',
        });
      });
    }
    return out;
  },
});
