import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

const MAX = 100;

export const clientUrlLimit = defineRule({
  code: 'client-url-limit',
  description: 'A client has at most 100 callback URLs and 100 logout URLs.',
  source:
    'docs/aws-limits.md#callback-and-logout-urls (at most 100 CallbackURLs and 100 LogoutURLs); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-CallbackURLs',
  part: 'client',
  reads: ['callbackUrls', 'logoutUrls'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      for (const key of ['callbackUrls', 'logoutUrls'] as const) {
        const urls = client[key] ?? [];
        if (urls.length <= MAX) continue;
        out.push({
          path: [...path, key, MAX],
          message: `a client has at most ${MAX} ${key === 'callbackUrls' ? 'callback' : 'logout'} URLs; received ${urls.length}`,
          hint: 'remove URLs, or split the applications across several clients',
        });
      }
    }
    return out;
  },
});
