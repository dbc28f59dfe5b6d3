import type { RuleFinding } from './rule';
import { received } from '../finding';
import { clients, defineRule } from './rule';

/** `http://localhost`, `http://127.0.0.1`, `http://[::1]`: a developer's machine, any port or path. */
const LOCAL = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(?=[:/?#]|$)/i;

export const callbackLocalhostProduction = defineRule({
  code: 'callback-localhost-production',
  description:
    'A production stack (`production: true`, usually set per environment) has no `http://localhost` callback, sign-out or default redirect URL.',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html ("HTTP only for http://localhost, for testing purposes"); ' +
    'docs/aws-limits.md#callback-and-logout-urls',
  part: 'client',
  reads: ['callbackUrls', 'logoutUrls', 'defaultRedirectUri', 'file:production'],
  check(file) {
    if (file.production !== true) return [];
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const check = (url: string, at: Array<string | number>) => {
        if (!LOCAL.test(url)) return;
        out.push({
          path: at,
          message: `a production stack sends no user to a developer's machine; received ${received(url)}`,
          hint: 'set the localhost URLs in the non-production environments only (`environments.<name>.set`), and the production URLs in production',
        });
      };
      (client.callbackUrls ?? []).forEach((url, index) =>
        check(url, [...path, 'callbackUrls', index]),
      );
      (client.logoutUrls ?? []).forEach((url, index) => check(url, [...path, 'logoutUrls', index]));
      if (client.defaultRedirectUri !== undefined)
        check(client.defaultRedirectUri, [...path, 'defaultRedirectUri']);
    }
    return out;
  },
});
