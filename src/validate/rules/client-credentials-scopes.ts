import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { SYSTEM_SCOPES } from './vocabulary';

export const clientCredentialsScopes = defineRule({
  code: 'client-credentials-scopes',
  description:
    'A `client_credentials` client requests at least one scope, and only resource-server scopes (no openid, email, phone, profile, aws.cognito.signin.user.admin).',
  source:
    'docs/aws-limits.md#oauth-flows ("you can only populate custom scopes to the access token with this flow"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-app-idp-settings.html',
  part: 'client',
  reads: ['oauth.flows', 'oauth.scopes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      if (!(client.oauth?.flows ?? []).includes('client_credentials')) continue;
      const scopes = client.oauth?.scopes ?? [];
      if (scopes.length === 0) {
        out.push({
          path: client.oauth?.scopes ? [...path, 'oauth', 'scopes'] : [...path, 'oauth'],
          message:
            'a `client_credentials` client needs at least one resource-server scope (`<identifier>/<scope>`); received none',
          hint: 'add `scopes` under `oauth`, e.g. `[https://api.example.com/orders/read]`, from a resource server of the same pool',
        });
        continue;
      }
      scopes.forEach((scope, index) => {
        if (!SYSTEM_SCOPES.includes(scope)) return;
        out.push({
          path: [...path, 'oauth', 'scopes', index],
          message: `\`client_credentials\` issues tokens for no user, so only resource-server scopes apply; received the user scope \`${scope}\``,
          hint: `remove \`${scope}\`; use a separate client with the \`code\` flow for user sign-in`,
        });
      });
    }
    return out;
  },
});
