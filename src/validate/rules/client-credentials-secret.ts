import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

export const clientCredentialsSecret = defineRule({
  code: 'client-credentials-secret',
  description: 'A client with the `client_credentials` flow has `generateSecret: true`.',
  source:
    'docs/aws-limits.md#oauth-flows (service error "client_credentials flow can not be selected if client does not have a client secret"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html',
  part: 'client',
  reads: ['oauth.flows', 'generateSecret'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const flows = client.oauth?.flows ?? [];
      const index = flows.indexOf('client_credentials');
      if (index < 0 || client.generateSecret === true) continue;
      out.push({
        path:
          client.generateSecret === undefined
            ? [...path, 'oauth', 'flows', index]
            : [...path, 'generateSecret'],
        message: `the \`client_credentials\` flow authenticates the client by its secret, so it needs \`generateSecret: true\`; received ${client.generateSecret === undefined ? 'no `generateSecret` (default false)' : '`generateSecret: false`'}`,
        hint: 'set `generateSecret: true` (on a deployed client this replaces it: new client id and secret)',
      });
    }
    return out;
  },
});
