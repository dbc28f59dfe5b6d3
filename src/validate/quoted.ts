/**
 * A string that would be the expected number or boolean without its quotes
 * (`version: "1"`, `mutable: "true"`): the usual slip, and the message should
 * say so instead of only that the type is wrong. Resolution follows YAML 1.2
 * core, as the loader does.
 */
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_NUMBER = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const CORE_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;

export type Unquoted = 'a number' | 'a whole number' | '`true` or `false`';

/** What the quoted string would be unquoted, if that is what the schema expects; else undefined. */
export function quotedScalar(
  data: unknown,
  expected: ReadonlyArray<string | number | boolean>,
): Unquoted | undefined {
  if (typeof data !== 'string') return undefined;
  const text = data.trim();
  for (const want of expected) {
    if (
      (want === 'integer' || (typeof want === 'number' && Number.isInteger(want))) &&
      CORE_INT.test(text)
    )
      return want === 'integer' ? 'a whole number' : 'a number';
    if ((want === 'number' || typeof want === 'number') && CORE_NUMBER.test(text))
      return 'a number';
    if ((want === 'boolean' || typeof want === 'boolean') && CORE_BOOL.test(text))
      return '`true` or `false`';
  }
  return undefined;
}
