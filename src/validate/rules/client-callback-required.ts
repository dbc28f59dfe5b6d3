import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { INTERACTIVE_FLOWS } from './vocabulary';

export const clientCallbackRequired = defineRule({
  code: 'client-callback-required',
  description: 'A client with the `code` or `implicit` flow has at least one callback URL.',
  source:
    'docs/aws-limits.md#callback-and-logout-urls (code and implicit redirect to a callback URL; ' +
    'inferred, the console requires one); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-CallbackURLs',
  part: 'client',
  reads: ['oauth.flows', 'callbackUrls'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const flows = (client.oauth?.flows ?? []).filter((f) => INTERACTIVE_FLOWS.includes(f));
      if (flows.length === 0 || (client.callbackUrls ?? []).length > 0) continue;
      out.push({
        // An empty list is the node at fault; otherwise the flows that need it.
        path: client.callbackUrls ? [...path, 'callbackUrls'] : [...path, 'oauth', 'flows'],
        message: `the \`${flows.join('` and `')}\` flow redirects the browser to a callback URL, so a client with it needs at least one; received none`,
        hint: 'add `callbackUrls`, e.g. `[https://app.example.com/auth/callback]`',
      });
    }
    return out;
  },
});
