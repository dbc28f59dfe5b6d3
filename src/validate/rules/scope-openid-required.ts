import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

const NEED_OPENID = ['email', 'phone', 'profile'];

export const scopeOpenidRequired = defineRule({
  code: 'scope-openid-required',
  description: 'A client that requests `email`, `phone` or `profile` also requests `openid`.',
  source:
    'docs/aws-limits.md#oauth-scopes ("phone, email, and profile ... can only be requested with the openid scope"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html',
  part: 'client',
  reads: ['oauth.flows', 'oauth.scopes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const flows = client.oauth?.flows ?? [];
      // A client_credentials client may not have user scopes at all: client-credentials-scopes says so.
      if (flows.includes('client_credentials')) continue;
      const scopes = client.oauth?.scopes ?? [];
      const needing = scopes.filter((s) => NEED_OPENID.includes(s));
      if (needing.length === 0 || scopes.includes('openid')) continue;
      out.push({
        path: [...path, 'oauth', 'scopes'],
        message: `\`${needing.join('`, `')}\` can only be requested with \`openid\`; received scopes without \`openid\``,
        hint: "add `openid` to the client's `oauth.scopes`",
      });
    }
    return out;
  },
});
