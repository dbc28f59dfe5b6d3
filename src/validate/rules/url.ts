import { received } from '../finding';

/**
 * URL checks shared by the rules on identity-provider URLs (oidc-issuer,
 * oidc-endpoints) and app-client redirect URLs (client-url). Each returns why
 * a URL fails, as the end of a sentence ("... which <reason>"), or undefined.
 */

/** A URL for a message, with any `user:password@` masked: such a URL carries a secret. */
export function shownUrl(text: string): string {
  return received(text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#@]*@/, '$1***@'));
}

/**
 * An absolute `https://` URL that Cognito calls (issuer, endpoints): the
 * WHATWG parser decides what is a URL; the raw text must also be written
 * `https://<host>` (the parser would quietly repair `https:host`).
 */
export function httpsUrlProblem(text: string, options: { allowQuery: boolean }): string | undefined {
  if (/[\s\p{C}]/u.test(text)) return 'contains whitespace or a control character';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:') return `uses \`${url.protocol}\` instead of \`https:\``;
  if (!/^https:\/\/[^/?#\\]/i.test(text)) return 'is not written `https://<host>/...`';
  if (url.username || url.password) return 'carries a user name or password';
  if (text.includes('#')) return 'has a fragment (`#...`)';
  if (!options.allowQuery && text.includes('?')) return 'has a query string (`?...`)';
  // Cognito reaches identity providers on TCP 443 and 80 only (docs/aws-limits.md#oidc-provider-details); WHATWG drops the default 443.
  if (url.port !== '' && url.port !== '80') return `uses port ${url.port}, and Cognito calls identity providers on ports 443 and 80 only`;
  return undefined;
}

export const REDIRECT_URL_MAX = 1024;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** As AWS writes the exception: the literal prefix, then a port, a path, a query or nothing. */
const LOOPBACK_HTTP = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?=[:/?]|$)/;

/** A callback or logout URL (docs/aws-limits.md#callback-and-logout-urls). */
export function redirectUrlProblem(text: string): string | undefined {
  if (text.length === 0 || text.length > REDIRECT_URL_MAX) return `is ${text.length} characters long, outside 1-${REDIRECT_URL_MAX}`;
  // AWS's RedirectUrlType pattern: letters, marks, symbols, numbers, punctuation; nothing else.
  if (/[^\p{L}\p{M}\p{S}\p{N}\p{P}]/u.test(text)) return 'contains whitespace or a control character';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text);
  if (!scheme) return 'is not absolute: it has no scheme such as `https://`';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL';
  }
  if (text.includes('#')) return 'has a fragment (`#...`)';
  const protocol = scheme[1].toLowerCase();
  if (protocol === 'http' && !(LOOPBACK_HTTP.test(text) && LOOPBACK_HOSTS.includes(url.hostname))) {
    return 'uses `http://` for a host other than `localhost`, `127.0.0.1` or `[::1]`';
  }
  if (protocol === 'https' && !/^https:\/\/[^/?#\\]/i.test(text)) return 'has no host after `https://`';
  return undefined;
}
