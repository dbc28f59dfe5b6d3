import type { RuleFinding } from './rule';
import { received } from '../finding';
import { clients, defineRule } from './rule';
import { hintWithSuggestion, listOf } from './suggest';
import { COGNITO } from './vocabulary';

export const clientIdpUnknown = defineRule({
  code: 'client-idp-unknown',
  description:
    "Every name in a client's `identityProviders` is `COGNITO` or an identity provider of the same pool.",
  source:
    "docs/aws-limits.md#supported-identity-providers (COGNITO or the names of the pool's IdPs); " +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-SupportedIdentityProviders',
  part: 'client',
  reads: ['identityProviders', 'pool:identityProviders.@keys'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { poolId, pool, client, path } of clients(file)) {
      const providerNames = Object.keys(pool.identityProviders ?? {});
      const known = [COGNITO, ...providerNames];
      (client.identityProviders ?? []).forEach((name, index) => {
        if (known.includes(name)) return;
        out.push({
          path: [...path, 'identityProviders', index],
          message: `a client signs in through \`COGNITO\` (the pool's own users) or an identity provider of pool \`${poolId}\` (${listOf(providerNames, 'it has none')}); received ${received(name)}`,
          hint: hintWithSuggestion(
            name,
            known,
            'list `COGNITO` or a provider declared in this pool (names are case-sensitive)',
          ),
        });
      });
    }
    return out;
  },
});
