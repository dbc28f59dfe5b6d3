import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isCollection, isPair, parseDocument } from 'yaml';
import { LIMITS, loadPositioned, loadText } from '../../src/load/load';
import { scanStructure } from '../../src/load/structure';
import { findings } from '../helpers/validate';

/**
 * Nesting is bounded before either parser recurses. The class: every way
 * YAML nests a collection (block mappings, block sequences, compact `- - x`,
 * `- key:` entries, `key:` then `- item` at the key's column, flow `[` and
 * `{`, flow inside block), at the limit, one past it, and far past it (where
 * the parsers used to overflow the stack or the heap). Past the limit the one
 * finding is `yaml-too-deep` at the first collection too deep; at the limit,
 * no such finding.
 */
const ROOT = join(__dirname, '../..');

/** A document whose collections nest `depth` levels (the root collection is level 1), and where the collection at a level starts (1-based line:col). */
interface Nest {
  text: string;
  positionOf: (level: number) => string;
}

interface Shape {
  make: (depth: number) => Nest;
  /** A depth far past the limit that still fits the size limit (indentation grows with depth). */
  far: number;
}

const SHAPES: Record<string, Shape> = {
  'block mappings': {
    make: (depth) => ({
      text: `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`,
      positionOf: (level) => `${level}:${level}`,
    }),
    far: 3000,
  },
  'block sequences of mappings': {
    // `- k:` lines, each indented two more: a sequence and a mapping per line, under a root mapping.
    make: (depth) => {
      const lines = ['root:'];
      for (let level = 2; level <= depth; level += 2)
        lines.push(
          level + 1 <= depth ? `${' '.repeat(level - 2)}  - k:` : `${' '.repeat(level - 2)}  - x`,
        );
      if (depth % 2 === 1) lines[lines.length - 1] += ' 1';
      return {
        text: `${lines.join('\n')}\n`,
        positionOf: (level) =>
          level === 1
            ? '1:1'
            : level % 2 === 0
              ? `${level / 2 + 1}:${level + 1}`
              : `${(level - 1) / 2 + 1}:${level + 2}`,
      };
    },
    far: 3000,
  },
  'sequences at the key column': {
    // `key:` then `- item` at the key's column: a sequence and a mapping per line, two columns deeper each.
    make: (depth) => {
      const lines = ['a0:'];
      for (let level = 2; level <= depth; level += 2)
        lines.push(
          level + 1 <= depth ? `${' '.repeat(level - 2)}- a:` : `${' '.repeat(level - 2)}- x`,
        );
      if (depth % 2 === 1) lines[lines.length - 1] += ' 1';
      return {
        text: `${lines.join('\n')}\n`,
        positionOf: (level) =>
          level === 1
            ? '1:1'
            : level % 2 === 0
              ? `${level / 2 + 1}:${level - 1}`
              : `${(level - 1) / 2 + 1}:${level}`,
      };
    },
    far: 3000,
  },
  'compact sequences': {
    make: (depth) => ({
      text: `root: x\nlist:\n${'- '.repeat(depth - 1)}1\n`,
      positionOf: (level) => (level === 1 ? '1:1' : `3:${2 * (level - 2) + 1}`),
    }),
    far: 100_000,
  },
  'flow sequences': {
    make: (depth) => ({
      text: `k: ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}\n`,
      positionOf: (level) => (level === 1 ? '1:1' : `1:${level + 2}`),
    }),
    far: 100_000,
  },
  'flow mappings': {
    make: (depth) => ({
      text: `k: ${'{a: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}\n`,
      positionOf: (level) => (level === 1 ? '1:1' : `1:${4 * (level - 2) + 4}`),
    }),
    far: 100_000,
  },
  'flow inside block': {
    make: (depth) => {
      const block = Math.min(10, depth - 1);
      const lines = Array.from({ length: block }, (_, i) => `${' '.repeat(i)}k${i}:`);
      lines[lines.length - 1] += ` ${'['.repeat(depth - block)}${']'.repeat(depth - block)}`;
      return {
        text: `${lines.join('\n')}\n`,
        positionOf: (level) =>
          level <= block ? `${level}:${level}` : `${block}:${block + 4 + (level - block - 1)}`,
      };
    },
    far: 100_000,
  },
};

describe.each(Object.entries(SHAPES))('%s', (_name, { make, far }) => {
  test('the generator nests as it says (checked against the yaml package)', () => {
    for (const depth of [3, 4, 9, 10]) {
      const nest = make(depth);
      const doc = parseDocument(nest.text);
      expect({ depth, errors: doc.errors.map((e) => e.message) }).toEqual({ depth, errors: [] });
      expect({ depth, parsed: parsedDepth(doc) }).toEqual({ depth, parsed: depth });
    }
  });

  test(`at the limit (${LIMITS.maxDepth}): read`, () => {
    const { text } = make(LIMITS.maxDepth);
    expect(scanStructure(text, LIMITS).depth).toBe(LIMITS.maxDepth);
    expect(findings(text).filter((f) => f.startsWith('yaml-too-deep'))).toEqual([]);
  });

  test.each([LIMITS.maxDepth + 1, 1000, far])(
    '%i levels: yaml-too-deep at the first collection too deep',
    (depth) => {
      const nest = make(depth);
      expect(nest.text.length).toBeLessThan(LIMITS.maxBytes);
      expect(findings(nest.text)).toEqual([
        `yaml-too-deep@${nest.positionOf(LIMITS.maxDepth + 1)}`,
      ]);
    },
  );
});

test('an 8 MiB file of `[` ends in one finding, in well under a second', () => {
  const text = `version: 1\nstack: x\naws: ${'['.repeat(LIMITS.maxBytes - 30)}`;
  const started = Date.now();
  expect(findings(text)).toEqual(['yaml-too-deep@3:69']);
  expect(Date.now() - started).toBeLessThan(2000);
});

/** The nesting depth of a parsed document, as the positioned parse counts it. */
function parsedDepth(doc: Document): number {
  let max = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    max = Math.max(max, depth);
    for (const item of node.items as unknown[]) {
      if (isPair(item))
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return max;
}

test('the structure pass counts the nesting the parser finds, on every example and fixture', () => {
  const dirs = ['config', 'test/compile/fixtures', 'test/fixtures/bad'];
  let compared = 0;
  for (const dir of dirs) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f))) {
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      const doc = parseDocument(text);
      if (doc.errors.length > 0) continue;
      expect({ file, depth: scanStructure(text, LIMITS).depth }).toEqual({
        file,
        depth: parsedDepth(doc),
      });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(5);
});

test('the structure pass never counts deeper than the parser on generated valid documents', () => {
  // Random nestings of the shapes above, mixed with scalars that look like structure (quoted, block text, URLs, comments).
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const scalars = [
    'plain',
    '"quoted: [x"',
    "'single {x'",
    'https://x/{y}[z]',
    'a#b',
    '- not a list',
    '1',
    '~',
  ];
  const build = (depth: number, indent: number): string[] => {
    if (depth === 0) return [`${' '.repeat(indent)}v: ${scalars[random(scalars.length)]}`];
    switch (random(4)) {
      case 0:
        return [`${' '.repeat(indent)}k${depth}:`, ...build(depth - 1, indent + 2)];
      case 1:
        return [
          `${' '.repeat(indent)}s${depth}:`,
          `${' '.repeat(indent)}- ${build(depth - 1, indent + 2)[0].trimStart()}`,
          ...build(depth - 1, indent + 2).slice(1),
        ];
      case 2:
        return [
          `${' '.repeat(indent)}f${depth}: [${'['.repeat(depth - 1)}x${']'.repeat(depth - 1)}] # [[[`,
        ];
      default:
        return [
          `${' '.repeat(indent)}t${depth}: |`,
          `${' '.repeat(indent + 2)}- [[[[ {{{{`,
          `${' '.repeat(indent + 2)}key: value`,
          ...build(depth - 1, indent),
        ];
    }
  };
  let checked = 0;
  for (let i = 0; i < 400; i++) {
    const text = `${build(1 + random(12), 0).join('\n')}\n`;
    const doc = parseDocument(text);
    if (doc.errors.length > 0) continue;
    expect({ text, depth: scanStructure(text, LIMITS).depth <= parsedDepth(doc) }).toEqual({
      text,
      depth: true,
    });
    checked++;
  }
  expect(checked).toBeGreaterThan(200);
});

test('the fast path and the positioned parse refuse the same deep input at the same place', () => {
  const text = `k: ${'['.repeat(70)}${']'.repeat(70)}\n`;
  expect(loadText('t.yaml', text).diagnostics).toEqual(loadPositioned('t.yaml', text).diagnostics);
});
