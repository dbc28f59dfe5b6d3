import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * The fast path for well-formed files. The `yaml` package gives every node
 * its position, but parsing a large file with it costs ~0.8 s (the 50 x 20 x 5
 * benchmark file); js-yaml reads the same file in ~0.1 s. So cogfed reads
 * plain input with js-yaml and builds the positioned `yaml` document lazily,
 * only when a finding needs a line and column (see source.ts).
 *
 * The two parsers must agree on every file the fast path accepts. Two
 * safeguards keep them in step:
 * - scalars resolve with YAML 1.2 core-schema rules, the `yaml` package's
 *   default, not js-yaml's (which also reads `0b1`, `+0x1`, and not `+.5`);
 * - `isPlain` sends every construct where they differ, or might, to the
 *   `yaml` path: anchors, aliases, tags, directives, merge keys, document
 *   markers, tabs, complex keys, null keys, flow collections spanning lines,
 *   very long lines. test/load/fast-path.test.ts checks the agreement on the
 *   examples, the bad-input corpus and thousands of mutated files.
 */

const CORE_NULL = /^(?:~|null|Null|NULL)?$/;
const CORE_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => CORE_NULL.test(s),
  construct: () => null,
});
const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => CORE_BOOL.test(s),
  construct: (s: string) => s[0] === 't' || s[0] === 'T',
});
const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => CORE_INT.test(s),
  construct: (s: string) =>
    s.startsWith('0o')
      ? parseInt(s.slice(2), 8)
      : s.startsWith('0x')
        ? parseInt(s.slice(2), 16)
        : parseInt(s, 10),
});
const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => CORE_FLOAT.test(s) && !CORE_INT.test(s),
  construct: (s: string) => {
    const lower = s.toLowerCase();
    if (lower.endsWith('.inf')) return s.startsWith('-') ? -Infinity : Infinity;
    if (lower === '.nan') return NaN;
    return parseFloat(s);
  },
});

const CORE_SCHEMA_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [coreNull, coreBool, coreInt, coreFloat],
});

/** Lines that open a complex key, or a mapping whose key resolves to null. */
const UNSAFE_LINE = /^\s*(?:-\s+)*(?:[[{?]|(?:~|null|Null|NULL)?\s*:(?:\s|$))/;
/** Characters whose constructs the fast path leaves to the `yaml` package (even inside quotes: a false alarm only costs speed). */
const UNSAFE_CHARS = /[&*!\t%]|<<|^(?:---|\.\.\.)(?:\s|$)/m;
const MAX_LINE = 1000;

/** Whether the fast path may read this text; anything doubtful goes to the `yaml` path. */
export function isPlain(text: string): boolean {
  if (UNSAFE_CHARS.test(text)) return false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.length > MAX_LINE || UNSAFE_LINE.test(line) || !flowBalanced(line)) return false;
    start = end + 1;
  }
  return true;
}

/** Flow brackets open and close on the same line, quotes close, outside comments. */
function flowBalanced(line: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth === 0 && quote === undefined;
}

/** The document's value, or undefined when the text is not plain or js-yaml cannot read it (the `yaml` path then reports why). */
export function loadPlain(text: string): Record<string, unknown> | undefined {
  if (!isPlain(text)) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA_1_2 });
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return value as Record<string, unknown>;
}
