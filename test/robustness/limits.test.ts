import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../../src/load/load';
import { scanStructure } from '../../src/load/structure';
import { CLI, DIAGNOSTIC_LINE } from '../helpers/cli';

/**
 * No input exhausts the process. The class: the shapes that cost the parsers
 * most per byte (dense flow lists, many keys, many findings, stray brackets,
 * long quoted strings, comments, blank lines, anchors...), each as large as
 * the limits allow: 8 MiB, or just under the element limit. Each run gets a
 * 384 MB heap (V8 aborts past it) and must answer with findings and exit 1
 * in seconds; its peak RSS stays under the bound the README states.
 */
const HEAP_MB = 384;
const RSS_BOUND_KB = 512 * 1024;
const M = LIMITS.maxBytes - 64;
const HEAD = 'version: 1\nstack: x\n';

/** Repeat `unit` until the file holds just under `fraction` of the element limit (or fills the byte limit). */
function upToElements(
  prefix: string,
  unit: (i: number) => string,
  suffix = '',
  fraction = 0.97,
): string {
  const probe = Array.from({ length: 1000 }, (_, i) => unit(i)).join('');
  const perUnit =
    scanStructure(`${prefix}${probe}${suffix}`, { maxDepth: 1e9, maxElements: 1e12 }).elements /
    1000;
  const count = Math.min(
    Math.floor((LIMITS.maxElements * fraction) / perUnit),
    Math.floor((M - prefix.length) / (probe.length / 1000)),
  );
  return `${prefix}${Array.from({ length: count }, (_, i) => unit(i)).join('')}${suffix}`;
}

const CASES: Record<string, () => string> = {
  '8 MiB of [': () => `${HEAD}aws: ${'['.repeat(M)}`,
  '8 MiB of ]': () => `${HEAD}aws: ${']'.repeat(M)}`,
  '8 MiB of { a: ': () => `${HEAD}aws: ${'{a: '.repeat(M / 4)}`,
  '8 MiB of - ': () => `${HEAD}aws:\n${'- '.repeat(M / 2)}`,
  'deep block indentation': () =>
    `${HEAD}${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
  'a dense flow list': () => upToElements(`${HEAD}aws: [`, () => '1,', '1]\n'),
  'a flow mapping of many keys': () =>
    upToElements(`${HEAD}aws: {`, (i) => `k${i}: 1, `, 'z: 1}\n'),
  'many unknown keys (one finding each)': () => upToElements(HEAD, (i) => `k${i}: 1\n`),
  'many unknown keys on the positioned path': () =>
    upToElements(`# &\n${HEAD}`, (i) => `k${i}: 1\n`),
  'many nested findings': () => upToElements(HEAD, (i) => `k${i}:\n  a: [1]\n`),
  'a long block list': () => upToElements(`${HEAD}aws:\n`, () => '- 1\n'),
  'many anchors': () => upToElements(HEAD, (i) => `k${i}: &a${i} 1\n`),
  'many aliases': () => upToElements(`${HEAD}z: &a 1\n`, (i) => `k${i}: *a\n`),
  'many duplicate keys': () => upToElements(HEAD, () => 'a: 1\n'),
  'many syntax errors': () => upToElements(HEAD, () => 'a: b: c\n'),
  'many stray indicators': () => upToElements(HEAD, () => '@\n'),
  '8 MiB of comments': () => `${HEAD}${'#\n'.repeat(M / 2)}`,
  '8 MiB of blank lines': () => `${HEAD}${'\n'.repeat(M)}`,
  'an 8 MiB double-quoted string': () => `${HEAD}aws: "${'x'.repeat(M - 40)}"\n`,
  'an 8 MiB string of escapes': () => `${HEAD}aws: "${'\\n'.repeat((M - 40) / 2)}"\n`,
  'an 8 MiB block text': () =>
    `${HEAD}aws: |\n${`  ${'x'.repeat(70)}\n`.repeat(Math.floor((M - 40) / 73))}`,
  'an 8 MiB key': () => `${HEAD}${'k'.repeat(M - 40)}: 1\n`,
  'a billion laughs': () => {
    const lines = [`${HEAD}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    return `${lines.join('\n')}\n`;
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-limits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(Object.keys(CASES))(
  '%s: findings, exit 1, within the heap and the memory bound',
  (name) => {
    const text = CASES[name]();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(LIMITS.maxBytes);
    const file = join(dir, 'case.yaml');
    writeFileSync(file, text);
    // The CLI, with its peak RSS printed after it exits.
    const report = `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));`;
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        '-e',
        `${report} process.argv.splice(1, 0, 'cogfed'); require(${JSON.stringify(CLI)});`,
        'validate',
        'case.yaml',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 60_000,
      },
    );
    const seconds = (Date.now() - started) / 1000;
    const lines = result.stderr.trimEnd().split('\n');
    const rss = Number(lines.pop()!.replace('maxrss ', ''));
    expect({ name, status: result.status, signal: result.signal }).toEqual({
      name,
      status: 1,
      signal: null,
    });
    expect(lines[lines.length - 1]).toMatch(/^cogfed: 1 file checked, \d+ errors?$/);
    expect(DIAGNOSTIC_LINE.test(lines[0])).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect({
      name,
      rssWithinBound: rss < RSS_BOUND_KB,
      rssMB: Math.round(rss / 1024),
    }).toMatchObject({ name, rssWithinBound: true });
    // Seconds, not minutes: generous, because the test machine may be busy (unloaded, the slowest case takes about 8 s).
    expect({ name, seconds: seconds < 60 }).toEqual({ name, seconds: true });

    if (process.env.COGFED_LIMITS_REPORT)
      console.log(
        `${name}: ${Math.round(rss / 1024)} MB, ${seconds.toFixed(2)} s, ${lines.length - 1} findings`,
      );
  },
  90_000,
);
