import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { INTERACTIVE_FLOWS } from './vocabulary';

export const clientCredentialsAlone = defineRule({
  code: 'client-credentials-alone',
  description:
    "`client_credentials` is a client's only OAuth flow: it cannot be combined with `code` or `implicit`.",
  source:
    'docs/aws-limits.md#oauth-flows ("you must add client_credentials as the only allowed OAuth flow"; ' +
    'service error "client_credentials flow can not be selected along with code flow or implicit flow"); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-AllowedOAuthFlows',
  part: 'client',
  reads: ['oauth.flows'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const flows = client.oauth?.flows ?? [];
      const index = flows.indexOf('client_credentials');
      const others = flows.filter((f) => INTERACTIVE_FLOWS.includes(f));
      if (index < 0 || others.length === 0) continue;
      out.push({
        path: [...path, 'oauth', 'flows', index],
        message: `\`client_credentials\` must be a client's only OAuth flow; received it with \`${others.join('` and `')}\``,
        hint: 'make a separate client for the machine-to-machine flow, with `generateSecret: true` and resource-server scopes',
      });
    }
    return out;
  },
});
