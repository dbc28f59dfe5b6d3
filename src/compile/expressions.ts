import { escapeKey } from './object-keys';

/**
 * Text that reaches Terraform JSON. Every string value there is a template:
 * `${...}` interpolates and `%{...}` is a directive. cdktf writes plain strings
 * verbatim, so a YAML value such as a scope description `Costs ${price}` would
 * become an expression. `literal` escapes user text so Terraform reads it back
 * exactly as written.
 */
export function literal(text: string): string {
  // Replacement functions, not strings: in a replacement string `$$` means one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

export function literalList(list: readonly string[]): string[] {
  return list.map(literal);
}

/** A string map whose keys and values are user text (tags, attribute mappings). */
export function literalMap(record: Readonly<Record<string, string>>): Record<string, string> {
  // Keys are escaped where cdktf would lose them (`__proto__`); the written file has them back (object-keys.ts).
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [escapeKey(literal(k)), literal(v)]),
  );
}

/**
 * A quoted HCL string literal for use inside an expression, e.g. a map key in
 * `jsondecode(...)["key"]`. cdktf's own `Fn.rawString` leaves backslashes and
 * `%{` alone, which breaks on keys like `a\b`; this escapes everything HCL's
 * quoted-template syntax gives meaning to.
 */
export function hclString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

/** `${expr}`: an interpolation, written as-is into the JSON. */
export function interpolate(expression: string): string {
  return `\${${expression}}`;
}
