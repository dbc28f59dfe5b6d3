import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { validateContents } from '../../src/validate';
import { DIAGNOSTIC_LINE, REPO, runCli } from '../helpers/cli';

/**
 * Bad input never crashes: every file of the corpus ends in diagnostics and
 * exit 1, never a stack trace. The corpus is the committed files under
 * test/fixtures/bad plus the hostile ones generated here (too large to commit).
 */
const corpusDir = join(REPO, 'test/fixtures/bad');
let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'cogfed-corpus-'));
  for (const f of readdirSync(corpusDir))
    writeFileSync(join(workDir, f), readFileSync(join(corpusDir, f)));
  writeFileSync(
    join(workDir, 'ten-megabytes.yaml'),
    `version: 1\nstack: big\n# ${'x'.repeat(10 * 1024 * 1024)}\n`,
  );
  writeFileSync(
    join(workDir, 'deep-nesting.yaml'),
    `version: 1\nstack: deep\naws: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  );
  writeFileSync(
    join(workDir, 'deep-block-nesting.yaml'),
    `version: 1\nstack: deep\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
  );
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [name, prev] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
    ['h', 'g'],
  ]) {
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  writeFileSync(join(workDir, 'alias-bomb.yaml'), `${laughs.join('\n')}\n`);
  writeFileSync(
    join(workDir, 'binary.yaml'),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  );
  writeFileSync(
    join(workDir, 'latin1.yaml'),
    Buffer.from('version: 1\nstack: caf\xe9\n', 'latin1'),
  );
  writeFileSync(
    join(workDir, 'long-line.yaml'),
    `version: 1\nstack: ${'a'.repeat(200000)}\naws: { region: us-east-1 }\n`,
  );
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('every corpus file ends in diagnostics and exit 1, never a stack trace', () => {
  const files = readdirSync(workDir).sort();
  expect(files.length).toBeGreaterThanOrEqual(17);
  for (const file of files) {
    const result = runCli(['validate', file], { cwd: workDir });
    const lines = result.stderr.trimEnd().split('\n');
    const diagnostics = lines.slice(0, -1);
    expect({ file, status: result.status }).toEqual({ file, status: 1 });
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const line of diagnostics) expect(line).toMatch(DIAGNOSTIC_LINE);
    expect(lines[lines.length - 1]).toMatch(/^cogfed: 1 file checked, \d+ errors?$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  }
});

test('the literal secret is never echoed', () => {
  const result = runCli(['validate', 'literal-secret.yaml', '--format', 'json'], { cwd: workDir });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('secret-literal');
  expect(result.stdout + result.stderr).not.toContain('hunter2');
});

test('all files of a run are reported together', () => {
  const result = runCli(['validate', ...readdirSync(corpusDir).sort()], { cwd: workDir });
  expect(result.status).toBe(1);
  const files = new Set(
    result.stderr
      .split('\n')
      .filter((l) => DIAGNOSTIC_LINE.test(l))
      .map((l) => l.split(':')[0]),
  );
  expect(files.size).toBe(readdirSync(corpusDir).length);
});

/**
 * Mutation fuzzing of the examples: replace one value at a time with a value of
 * another type or an odd string, in a fixed pseudo-random order, and check that
 * validation always answers with diagnostics instead of throwing. Rules run on
 * files that pass the schema, so odd-but-well-typed values reach them too.
 */
test('mutated examples never throw', () => {
  const examples = readdirSync(join(REPO, 'config'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const replacements: unknown[] = [
    '',
    ' ',
    'x'.repeat(300),
    '__',
    'COGNITO',
    'http://',
    '::',
    -1,
    0,
    1e12,
    true,
    null,
    [],
    {},
    ['a', 'a'],
    { a: 'b' },
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let crashes = 0;
  for (const example of examples) {
    const text = readFileSync(join(REPO, 'config', example), 'utf8');
    const paths = scalarPaths(parseDocument(text).toJS());
    for (let i = 0; i < 120; i++) {
      const doc = parseDocument(text);
      const path = paths[Math.floor(random() * paths.length)];
      doc.setIn(path, replacements[Math.floor(random() * replacements.length)]);
      try {
        validateContents([{ path: example, bytes: Buffer.from(doc.toString()) }]);
      } catch (error) {
        crashes++;
        console.error(`${example} with ${path.join('.')} replaced: ${(error as Error).stack}`);
      }
    }
  }
  expect(crashes).toBe(0);
});

function scalarPaths(
  value: unknown,
  prefix: Array<string | number> = [],
): Array<Array<string | number>> {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((v, i) => scalarPaths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [
      ...(prefix.length ? [prefix] : []),
      ...Object.entries(value).flatMap(([k, v]) => scalarPaths(v, [...prefix, k])),
    ];
  return [prefix];
}
