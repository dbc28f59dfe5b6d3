/**
 * Markdown building blocks shared by `review` and `diff --format markdown`.
 * Values come from YAML that anyone can edit in a pull request, so every
 * value is escaped: a stray backtick or pipe must not break the comment.
 */

/** Inline code, with a fence longer than any backtick run inside the value. */
export function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Plain text in a table cell or list item: no table breaks, no accidental formatting. */
export function text(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/([|*_[\]<>#`])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A table cell that holds inline code: pipes must be escaped even inside code spans (GFM). */
export function cellCode(value: string): string {
  return code(value).replace(/\|/g, '\\|');
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  return line(header) + line(header.map(() => '---')) + rows.map(line).join('');
}

/** `a, b and c` style list of already-formatted items; `none` when empty. */
export function list(items: readonly string[], none = 'none'): string {
  return items.length === 0 ? none : items.join(', ');
}
