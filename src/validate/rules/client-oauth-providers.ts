import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { INTERACTIVE_FLOWS } from './vocabulary';

export const clientOauthProviders = defineRule({
  code: 'client-oauth-providers',
  description:
    'A client with the `code` or `implicit` flow lists at least one identity provider (`COGNITO` or a provider of the pool).',
  source:
    'docs/aws-limits.md#oauth-flows (a client with OAuth flows needs at least one SupportedIdentityProviders entry; ' +
    'inferred from console behaviour, unverified for the API); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-SupportedIdentityProviders',
  part: 'client',
  reads: ['oauth.flows', 'identityProviders'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const flows = (client.oauth?.flows ?? []).filter((f) => INTERACTIVE_FLOWS.includes(f));
      if (flows.length === 0 || (client.identityProviders ?? []).length > 0) continue;
      out.push({
        path: client.identityProviders
          ? [...path, 'identityProviders']
          : [...path, 'oauth', 'flows'],
        message:
          `a client with the \`${flows.join('` and `')}\` flow needs at least one identity provider to sign users in with; received none ` +
          '(the Cognito console requires one; AWS does not document whether the API does, but without one no user can sign in)',
        hint: "add `identityProviders`, e.g. `[COGNITO]` for the pool's own users or the name of one of the pool's providers",
      });
    }
    return out;
  },
});
