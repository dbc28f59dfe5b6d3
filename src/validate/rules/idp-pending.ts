import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

export const idpPending = defineRule({
  code: 'idp-pending',
  description:
    'No app client lists a pending identity provider (`pending: true`): cogfed does not create it yet, and Cognito refuses a client that names a provider the pool does not have.',
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-SupportedIdentityProviders ' +
    '("The provider X does not exist for User Pool Y": https://github.com/lgallard/terraform-aws-cognito-user-pool/issues/71)',
  part: 'client',
  reads: ['identityProviders', 'pool:identityProviders.*.pending'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, client, path } of clients(file)) {
      (client.identityProviders ?? []).forEach((name, index) => {
        if (pool.identityProviders?.[name]?.pending !== true) return;
        out.push({
          path: [...path, 'identityProviders', index],
          message: `provider \`${name}\` is pending (\`pending: true\`), so cogfed does not create it yet and no client may list it; received it in this client's \`identityProviders\``,
          hint: `remove \`${name}\` from this list until the IdP is set up, then remove \`pending: true\` and add it back`,
        });
      });
    }
    return out;
  },
});
