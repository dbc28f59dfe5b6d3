import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { INTERACTIVE_FLOWS } from './vocabulary';

export const clientCallbackRequired = defineRule({
  code: 'client-callback-required',
  description: 'A client with the `code` or `implicit` flow has at least one callback URL.',
  source:
    'shared/config-spec.md "Rules the compiler enforces" (code and implicit need at least one callback URL); ' +
    'shared/oracle/cognito-doc-rules.md §2.4 (CallbackURLs for code/implicit) and §2.2',
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
