/**
 * Character-level helpers for messages: rules say WHICH character breaks a
 * pattern, so the user does not have to diff the value against a regex.
 */

/** The first character of `text` that `allowed` (a single-character class, with /u if it uses \p) rejects, described. */
export function firstBadChar(text: string, allowed: RegExp): string | undefined {
  for (const ch of text) if (!allowed.test(ch)) return describeChar(ch);
  return undefined;
}

/** `\`!\``, or `U+0009` for what would not print. */
export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) && ch !== '`') return `\`${ch}\``;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${ch === ' ' ? ' (space)' : ch === '`' ? ' (backquote)' : ''}`;
}
