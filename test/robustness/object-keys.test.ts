import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeKey, stableStringify } from '../../src/compile/object-keys';
import { loadPositioned, loadText } from '../../src/load/load';

/**
 * The pieces behind "a `__proto__` key survives cdktf": the escape is
 * reversible for every key, a restored file is byte for byte what cdktf
 * writes, and both YAML parsers give such keys as own keys of the value.
 */
const GOLDEN = join(__dirname, '../golden');

test.each(readdirSync(GOLDEN).filter((f) => f.endsWith('.json')))(
  '%s: stableStringify writes the bytes cdktf writes',
  (file) => {
    const text = readFileSync(join(GOLDEN, file), 'utf8').replace(/\n$/, '');
    expect(stableStringify(JSON.parse(text))).toBe(text);
  },
);

test('stableStringify: empty objects and arrays, and keys sorted by code unit (not as integers)', () => {
  expect(stableStringify({ b: {}, a: [], 10: 1, 9: 2 })).toBe(
    '{\n  "10": 1,\n  "9": 2,\n  "a": [\n  ],\n  "b": {\n  }\n}',
  );
});

test('the escape never maps two keys to one', () => {
  const keys = [
    '__proto__',
    'cogfed:escaped-key:__proto__',
    'cogfed:escaped-key:',
    'cogfed:escaped-key:x',
    'x',
    'constructor',
    '',
  ];
  expect(new Set(keys.map(escapeKey)).size).toBe(keys.length);
});

test.each(Object.getOwnPropertyNames(Object.prototype))(
  '%s as a key: an own key of the value on both parse paths',
  (name) => {
    const text = `tags:\n  ${JSON.stringify(name)}: v\n`;
    for (const result of [
      loadText('t.yaml', text),
      loadPositioned('t.yaml', text),
      loadPositioned('t.yaml', `# & positioned\n${text}`),
    ]) {
      const tags = (result.source!.value as { tags: object }).tags;
      expect(Object.keys(tags)).toEqual([name]);
      expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
    }
  },
);
