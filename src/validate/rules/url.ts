import { received } from '../finding';
import { AT_SIGN } from '../userinfo';

/**
 * URL checks shared by the rules on identity-provider URLs (oidc-issuer,
 * oidc-endpoints) and app-client redirect URLs (client-url). Each returns why
 * a URL fails, as the end of a sentence ("... which <reason>"), or undefined.
 */

/** A URL for a message. Any `user:password@` is masked (by `received`, as in every message): such a URL carries a secret. */
export function shownUrl(text: string): string {
  return received(text);
}

/** Schemes whose URLs always have a host, however many slashes (or backslashes) follow the colon (WHATWG "special" schemes). */
const SPECIAL_SCHEME = /^(?:https?|wss?|ftp|file)$/i;
/** A scheme, the slashes after it, and the authority: up to the first `/`, `\`, `?`, `#` or whitespace. */
const AUTHORITY = /([A-Za-z][A-Za-z0-9+.-]*):([\\/]*)([^\\/?#\s]*)/g;
const HAS_AT_SIGN = new RegExp(AT_SIGN.source, 'i');

/**
 * Whether a URL carries a user name or password. The one check for every
 * place a URL is accepted (url-userinfo). Two readings, because each misses
 * what the other sees: the WHATWG parser's (it skips leading spaces, reads
 * `https:/u:p@h`, `https:\\u:p@h` and `https://a@b:p@h` as userinfo), and the
 * raw text's (an `@`, `%40` or look-alike in the authority of any URL written
 * in the value, also where the parser gives up, e.g. `https://u%3Ap%40host`).
 */
export function carriesUserinfo(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.username !== '' || url.password !== '') return true;
  } catch {
    // Not a URL to the parser; the raw reading below still applies.
  }
  for (const [, scheme, slashes, authority] of text.matchAll(AUTHORITY)) {
    // Other schemes have an authority only after `//` (RFC 3986 §3.2): `urn:a:b@c` has none.
    if (!SPECIAL_SCHEME.test(scheme) && slashes.length < 2) continue;
    if (HAS_AT_SIGN.test(authority)) return true;
  }
  return false;
}

/**
 * An absolute `https://` URL that Cognito calls (issuer, endpoints): the
 * WHATWG parser decides what is a URL; the raw text must also be written
 * `https://<host>` (the parser would quietly repair `https:host`).
 */
export function httpsUrlProblem(
  text: string,
  options: { allowQuery: boolean },
): string | undefined {
  // A URL with a user name or password is url-userinfo's finding, and only its.
  if (carriesUserinfo(text)) return undefined;
  if (/[\s\p{C}]/u.test(text)) return 'contains whitespace or a control character';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:') return `uses \`${url.protocol}\` instead of \`https:\``;
  if (!/^https:\/\/[^/?#\\]/i.test(text)) return 'is not written `https://<host>/...`';
  if (text.includes('#')) return 'has a fragment (`#...`)';
  if (!options.allowQuery && text.includes('?')) return 'has a query string (`?...`)';
  // Cognito reaches identity providers on TCP 443 and 80 only (docs/aws-limits.md#oidc-provider-details); WHATWG drops the default 443.
  if (url.port !== '' && url.port !== '80')
    return `uses port ${url.port}, and Cognito calls identity providers on ports 443 and 80 only`;
  return undefined;
}

export const REDIRECT_URL_MAX = 1024;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
/** As AWS writes the exception: the literal prefix, then a port, a path, a query or nothing. */
const LOOPBACK_HTTP = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?=[:/?]|$)/;

/** A callback or logout URL (docs/aws-limits.md#callback-and-logout-urls). */
export function redirectUrlProblem(text: string): string | undefined {
  if (carriesUserinfo(text)) return undefined;
  if (text.length === 0 || text.length > REDIRECT_URL_MAX)
    return `is ${text.length} characters long, outside 1-${REDIRECT_URL_MAX}`;
  // AWS's RedirectUrlType pattern: letters, marks, symbols, numbers, punctuation; nothing else.
  if (/[^\p{L}\p{M}\p{S}\p{N}\p{P}]/u.test(text))
    return 'contains whitespace or a control character';
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
  if (protocol === 'https' && !/^https:\/\/[^/?#\\]/i.test(text))
    return 'has no host after `https://`';
  return undefined;
}
