import type { RuleFinding } from './rule';
import { Path, clients, defineRule } from './rule';
import { redirectUrlProblem, shownUrl } from './url';

export const clientUrl = defineRule({
  code: 'client-url',
  description:
    'Callback and logout URLs and `defaultRedirectUri` are 1-1024 characters without whitespace, absolute, without fragment, and `https://` ' +
    'except `http://localhost`, `http://127.0.0.1` and `http://[::1]` (any port); custom schemes such as `myapp://` are allowed.',
  source:
    'docs/aws-limits.md#callback-and-logout-urls (absolute, no fragment, HTTPS except localhost; ' +
    '1-1024 characters of `[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+`); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-app-idp-settings.html',
  part: 'client',
  reads: ['callbackUrls', 'logoutUrls', 'defaultRedirectUri'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const urls: Array<[Path, string]> = [
        ...(client.callbackUrls ?? []).map((url, i): [Path, string] => [
          [...path, 'callbackUrls', i],
          url,
        ]),
        ...(client.logoutUrls ?? []).map((url, i): [Path, string] => [
          [...path, 'logoutUrls', i],
          url,
        ]),
        ...(client.defaultRedirectUri !== undefined
          ? [[[...path, 'defaultRedirectUri'], client.defaultRedirectUri] as [Path, string]]
          : []),
      ];
      for (const [at, url] of urls) {
        const problem = redirectUrlProblem(url);
        if (!problem) continue;
        out.push({
          path: at,
          message: `a redirect URL is absolute, without fragment or whitespace, and https:// except http://localhost, http://127.0.0.1 and http://[::1]; received ${shownUrl(url)}, which ${problem}`,
          hint: 'e.g. `https://app.example.com/auth/callback`, `http://localhost:3000/callback` for local testing, or `myapp://callback` for a native app',
        });
      }
    }
    return out;
  },
});
