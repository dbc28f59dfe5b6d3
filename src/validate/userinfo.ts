/**
 * A URL's user name and password (`https://user:password@host`) are a
 * secret written into the file. Rules refuse them wherever a URL is accepted
 * (url-userinfo, with `carriesUserinfo` in rules/url.ts); and no diagnostic
 * ever shows one, whatever its position: every message and hint goes through
 * `maskUserinfo` (finding.ts).
 */

/** `@`, written plainly, percent-encoded, or as the full-width and small forms that look like it. */
export const AT_SIGN = /@|%40|\uFF20|\uFE6B/gi;

/**
 * A scheme and what follows it, up to whitespace, a quote or a backquote (the
 * end of a quoted value in a message). The scheme is at most 32 characters
 * (any start within a longer run still matches its last 32): unbounded, a long run of letters without a `:` (an
 * 8 MiB value) costs quadratic time, one failed scan from every position.
 */
const SCHEMED_TOKEN = /[A-Za-z][A-Za-z0-9+.-]{0,31}:[^\s"'`<>]*/g;
const SCHEME_AND_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:[\\/]*/;

/**
 * The text with everything between a scheme (and its slashes) and the last
 * `@` of the same token replaced by `***`: `https://u:p@h/x` becomes
 * `https://***@h/x`. Deliberately wider than a URL parser's userinfo (a
 * password holding `/`, a URL that does not parse, one nested in a query):
 * a message loses a little detail rather than show a secret.
 */
export function maskUserinfo(text: string): string {
  return text.replace(SCHEMED_TOKEN, (token) => {
    const head = SCHEME_AND_SLASHES.exec(token)![0];
    let last = -1;
    for (const match of token.matchAll(AT_SIGN)) last = match.index ?? last;
    return last < head.length ? token : `${head}***${token.slice(last)}`;
  });
}
