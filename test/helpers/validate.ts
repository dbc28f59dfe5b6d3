import type { Diagnostic } from '../../src/load/diagnostic';
import { validateContents } from '../../src/validate';

/** Strip the common indentation of a template literal, so test YAML reads naturally and positions are exact. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** Validate one file's text; all diagnostics. */
export function diagnosticsOf(text: string | Buffer, file = 'test.yaml'): Diagnostic[] {
  return validateContents([{ path: file, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }])
    .diagnostics;
}

/** `code@line:col` for each diagnostic: the compact form tests assert on. */
export function findings(text: string | Buffer, file = 'test.yaml'): string[] {
  return diagnosticsOf(text, file).map((d) => `${d.code}@${d.line}:${d.col}`);
}

/** A minimal valid file header (lines 1-4), for tests that add a `userPools:` block at line 5. */
export const HEADER = 'version: 1\nstack: test-stack\naws:\n  region: us-east-1\n';
