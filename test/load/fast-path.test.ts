import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPositioned, loadText } from '../../src/load/load';
import { isPlain, loadPlain } from '../../src/load/plain';
import { locate } from '../../src/load/source';

/**
 * The fast path (js-yaml, positions built lazily) must agree with the `yaml`
 * package on every text it accepts: same value, and no text accepted that
 * the `yaml` path rejects.
 */
const ROOT = join(__dirname, '../..');
const texts = [
  ...readdirSync(join(ROOT, 'config')).map((f) => readFileSync(join(ROOT, 'config', f), 'utf8')),
  ...readdirSync(join(ROOT, 'test/fixtures/bad')).map((f) =>
    readFileSync(join(ROOT, 'test/fixtures/bad', f), 'utf8'),
  ),
];

function agree(text: string): void {
  const fast = loadPlain(text);
  if (fast === undefined) return;
  const slow = loadPositioned('t.yaml', text);
  expect({ text, diagnostics: slow.diagnostics }).toEqual({ text, diagnostics: [] });
  expect({ text, value: slow.source?.value }).toEqual({ text, value: fast });
}

test('the examples take the fast path, and agree', () => {
  for (const f of readdirSync(join(ROOT, 'config'))) {
    const text = readFileSync(join(ROOT, 'config', f), 'utf8');
    expect({ f, plain: isPlain(text) }).toEqual({ f, plain: true });
    agree(text);
  }
});

test('scalars resolve as YAML 1.2 core, like the yaml package', () => {
  const scalars = [
    '1',
    '-1',
    '+1',
    '007',
    '0o17',
    '0x1F',
    '0b101',
    '-0x1',
    '+0o7',
    '1_000',
    '1e3',
    '1.5',
    '.5',
    '-.5',
    '+.5',
    '1.',
    '.inf',
    '-.Inf',
    '.nan',
    '~',
    'null',
    'Null',
    'NuLL',
    'true',
    'True',
    'tRUE',
    'yes',
    'no',
    'on',
    'off',
    '2020-01-01',
    '12:30:45',
    '0.1e-2',
    '-0',
    '"1"',
    "'1'",
    'a b',
    'https://x/y?z#w',
    'x:y',
    '',
  ];
  for (const s of scalars) {
    const text = `k: ${s}\nv: [${s || 'x'}]\n`;
    expect({ s, plain: isPlain(text) }).toEqual({ s, plain: true });
    agree(text);
  }
});

test('constructs where the parsers may differ take the yaml path', () => {
  const unsafe = [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    '%YAML 1.2\n---\na: 1\n',
    '<<: {a: 1}\n',
    '---\na: 1\n',
    'a: 1\n...\n',
    'a:\n\tb: 1\n',
    '[a]: 1\n',
    '{a: 1}: 2\n',
    '? a\n: b\n',
    '~: 1\n',
    'null: 1\n',
    ': 1\n',
    'a: [1,\n2]\n',
    'a: {b: 1,\n  c: 2}\n',
    "a: 'x\n  y'\n",
    `${'k'.repeat(1100)}: 1\n`,
  ];
  for (const text of unsafe) expect({ text, plain: isPlain(text) }).toEqual({ text, plain: false });
});

test('the corpus of bad input: the fast path never accepts what the yaml path rejects', () => {
  for (const text of texts) agree(text);
});

test('thousands of mutated files agree', () => {
  const inserts = [
    ':',
    '-',
    ' ',
    '  ',
    '"',
    "'",
    '[',
    ']',
    '{',
    '}',
    ',',
    '#',
    '\n',
    '|',
    '>',
    'x',
    '0',
    '.',
    '\\',
    '?',
    '=',
    '@',
    '`',
    '~',
    '\r\n',
    '\u00e9',
    '\u0000',
  ];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const base = texts.slice(0, 3);
  let fastAccepted = 0;
  for (let i = 0; i < 3000; i++) {
    let text = base[random(base.length)];
    for (let edits = 1 + random(3); edits > 0; edits--) {
      const at = random(text.length);
      const kind = random(4);
      if (kind === 0) text = text.slice(0, at) + text.slice(at + 1);
      else if (kind === 1)
        text = text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
      else if (kind === 2)
        text = text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at + 1);
      else {
        const lines = text.split('\n');
        const l = random(lines.length);
        lines.splice(l, 0, lines[random(lines.length)]);
        text = lines.join('\n');
      }
    }
    if (loadPlain(text) !== undefined) fastAccepted++;
    agree(text);
  }
  // The test means something only if the fast path accepted a good share of the mutants.
  expect(fastAccepted).toBeGreaterThan(300);
});

test('positions are still exact for a file read by the fast path', () => {
  const result = loadText('t.yaml', 'version: 1\nstack: s\naws:\n  region: us-east-1\n');
  expect(result.source).toBeDefined();
  expect(locate(result.source!, ['aws', 'region'])).toEqual({
    start: { line: 4, col: 11 },
    end: { line: 4, col: 20 },
  });
});
