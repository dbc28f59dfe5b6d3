import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * User-chosen names that become JSON keys (tag keys, variable names) pass
 * through cdktf, which copies objects by assignment (`copy[key] = value`, in
 * `deepMerge` and `resolve`): an assignment to `__proto__` sets the object's
 * prototype instead of adding a key, so a `__proto__` tag or variable would
 * silently vanish from the Terraform JSON. Such a key is written escaped
 * during synthesis and restored in the written file afterwards, where JSON
 * parsing makes it an ordinary key again.
 *
 * The escape is reversible for every string: a key that happens to start
 * with the prefix is escaped too, and restoring removes exactly one prefix.
 */
const PREFIX = 'cogfed:escaped-key:';

export function escapeKey(key: string): string {
  return key === '__proto__' || key.startsWith(PREFIX) ? `${PREFIX}${key}` : key;
}

function restoreKey(key: string): string {
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
}

/** Restore escaped keys in the synthesized stack files, in place; files without any are not touched. */
export function restoreEscapedKeys(outdir: string, stackFiles: readonly string[]): void {
  for (const file of stackFiles) {
    const path = join(outdir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(JSON.stringify(PREFIX).slice(0, -1))) continue;
    writeFileSync(path, stableStringify(restore(JSON.parse(text) as unknown)));
  }
}

function restore(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restore);
  if (value && typeof value === 'object') {
    // Object.fromEntries defines keys (it does not assign them), so `__proto__` stays a key.
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [restoreKey(key), restore(v)]),
    );
  }
  return value;
}

/**
 * JSON exactly as cdktf writes a stack (json-stable-stringify 1.x with
 * `{ space: 2 }`: keys sorted by code unit, two-space indentation, and empty
 * objects and arrays opened and closed on separate lines), so a restored
 * file differs from cdktf's only in the restored keys.
 */
export function stableStringify(value: unknown, level = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const indent = `\n${'  '.repeat(level)}`;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[${value.map((item) => `${inner}${stableStringify(item, level + 1)}`).join(',')}${indent}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const entries = keys
    .filter((key) => record[key] !== undefined)
    .map((key) => `${inner}${JSON.stringify(key)}: ${stableStringify(record[key], level + 1)}`);
  return `{${entries.join(',')}${indent}}`;
}
