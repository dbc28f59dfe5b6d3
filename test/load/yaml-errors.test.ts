import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { LOAD_CODES } from '../../src/load/codes';
import { diagnosticsOf, findings } from '../helpers/validate';

/**
 * YAML errors a person understands: one finding per parse failure, at the
 * line and column that is wrong, in cogfed's words. Each class is tested on
 * inputs generated from every example and fixture.
 */
const ROOT = join(__dirname, '../..');
const SOURCES = ['config', 'test/compile/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })),
);

const LOAD_CODE_IDS = new Set<string>(LOAD_CODES.map((c) => c.id));
const loadFindings = (text: string | Buffer) =>
  diagnosticsOf(text).filter((d) => LOAD_CODE_IDS.has(d.code));
const compact = (d: { code: string; line: number; col: number }) => `${d.code}@${d.line}:${d.col}`;

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
/** `key: value` or `key:` lines (not list items, not block text). */
const KEY_LINE = /^( *)([A-Za-z_][\w.:-]*|"[^"]*"):(?: |$)/;

interface Line {
  index: number;
  indent: number;
  text: string;
}

/** The content lines of a file, without block scalar contents (`|`, `>`), which are text. */
function contentLines(text: string): Line[] {
  const lines = text.split('\n');
  const out: Line[] = [];
  let blockIndent: number | undefined;
  lines.forEach((line, index) => {
    if (!isContent(line)) return;
    const indent = indentOf(line);
    if (blockIndent !== undefined && indent > blockIndent) return;
    blockIndent = /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) ? indent : undefined;
    out.push({ index, indent, text: line });
  });
  return out;
}

function edit(text: string, index: number, replace: (line: string) => string): string {
  const lines = text.split('\n');
  lines[index] = replace(lines[index]);
  return lines.join('\n');
}

describe('indentation: one finding at the line, at its column, saying what is wrong', () => {
  test.each(SOURCES)('a key indented one column less than the key above, in $name', ({ text }) => {
    const lines = contentLines(text);
    let cases = 0;
    lines.forEach((line, i) => {
      if (i === 0 || line.indent < 2) return;
      // The nearest line above at this indentation or less must be a sibling (same mapping or list).
      const above = lines
        .slice(0, i)
        .reverse()
        .find((l) => l.indent <= line.indent);
      if (!above || above.indent !== line.indent || !/^\s*(-\s|[\w"])/.test(line.text)) return;
      const mutated = edit(text, line.index, (l) => l.slice(1));
      const result = loadFindings(mutated);
      expect({ line: line.index + 1, findings: result.map(compact) }).toEqual({
        line: line.index + 1,
        findings: [`yaml-indentation@${line.index + 1}:${line.indent}`],
      });
      expect(result[0].message).toMatch(
        /^this line is indented less than the key above \(line \d+, column \d+\)/,
      );
      cases++;
    });
    expect(cases).toBeGreaterThan(3);
  });

  test.each(SOURCES)(
    'a key indented more than the key above, which has a value, in $name',
    ({ text }) => {
      const lines = contentLines(text);
      let cases = 0;
      lines.forEach((line, i) => {
        const previous = lines[i - 1];
        if (!previous || previous.indent !== line.indent || !KEY_LINE.test(line.text)) return;
        const inline = previous.text.replace(/\s+#.*$/, '').replace(/^\s*(-\s+)?/, '');
        if (!KEY_LINE.test(previous.text) || /:\s*$/.test(inline) || /:\s*[|>&!]/.test(inline))
          return;
        for (const shift of [1, 2]) {
          const mutated = edit(text, line.index, (l) => `${' '.repeat(shift)}${l}`);
          const result = loadFindings(mutated);
          expect({ line: line.index + 1, shift, findings: result.map(compact) }).toEqual({
            line: line.index + 1,
            shift,
            findings: [`yaml-indentation@${line.index + 1}:${line.indent + shift + 1}`],
          });
          expect(result[0].message).toBe(
            `this line is indented more than the key above (line ${previous.index + 1}, column ${previous.indent + 1}), which already has a value on its line; received column ${line.indent + shift + 1}`,
          );
        }
        cases++;
      });
      expect(cases).toBeGreaterThan(3);
    },
  );

  test.each(SOURCES)('a tab in the indentation of any line, in $name', ({ text }) => {
    let cases = 0;
    for (const line of contentLines(text)) {
      if (line.indent === 0) continue;
      for (const at of [0, line.indent - 1]) {
        const mutated = edit(text, line.index, (l) => `${l.slice(0, at)}\t${l.slice(at + 1)}`);
        const result = loadFindings(mutated);
        expect({ line: line.index + 1, findings: result.map(compact) }).toEqual({
          line: line.index + 1,
          findings: [`yaml-indentation@${line.index + 1}:${at + 1}`],
        });
        expect(result[0].message).toBe('tab characters are not allowed for indentation');
      }
      cases++;
    }
    expect(cases).toBeGreaterThan(3);
  });
});

test('a broken file is one finding, in cogfed words: thousands of mutated examples', () => {
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
    '\t',
    '?',
    '@',
    '`',
    '%',
    '&',
    '*',
    '!',
  ];
  let seed = 3;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  let broken = 0;
  for (let i = 0; i < 2000; i++) {
    let text = SOURCES[random(SOURCES.length)].text;
    for (let edits = 1 + random(2); edits > 0; edits--) {
      const at = random(text.length);
      text =
        text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at + (random(2) ? 1 : 0));
    }
    const syntax = loadFindings(text).filter((d) =>
      ['yaml-syntax', 'yaml-indentation'].includes(d.code),
    );
    if (syntax.length === 0) continue;
    broken++;
    expect({ text, count: syntax.length }).toEqual({ text, count: 1 });
    // The parser's own wording (which quotes the source) never reaches a message.
    expect(syntax[0].message).not.toMatch(
      /YAML stream|Unexpected|Implicit|Nested mappings|Missing closing|must be sufficiently|All mapping items/,
    );
  }
  expect(broken).toBeGreaterThan(300);
});

describe('duplicate keys name the key and the line of its first occurrence', () => {
  test.each(SOURCES)('every key repeated on the next line, in $name', ({ text }) => {
    let cases = 0;
    for (const line of contentLines(text)) {
      const match = KEY_LINE.exec(line.text);
      if (!match || /:\s*$/.test(line.text.replace(/\s+#.*$/, '')) || /:\s*[|>]/.test(line.text))
        continue;
      const key = match[2].replace(/^"|"$/g, '');
      const lines = text.split('\n');
      lines.splice(line.index + 1, 0, line.text);
      const result = loadFindings(lines.join('\n'));
      expect({ key, findings: result.map(compact) }).toEqual({
        key,
        findings: [`yaml-duplicate-key@${line.index + 2}:${line.indent + 1}`],
      });
      expect(result[0].message).toBe(
        `the key \`${key}\` appears twice in this mapping; first on line ${line.index + 1}`,
      );
      cases++;
    }
    expect(cases).toBeGreaterThan(3);
  });

  test('1 and "1" are the same key once loaded', () => {
    expect(
      findings('version: 1\nstack: a\naws: { region: us-east-1, tags: { 1: a, "1": b } }\n'),
    ).toEqual(['yaml-duplicate-key@3:41']);
  });
});

describe('a quoted number or boolean says it is a string', () => {
  test.each(SOURCES)('every number and boolean of $name, quoted', ({ text }) => {
    const paths: Array<Array<string | number>> = [];
    const walk = (node: unknown, path: Array<string | number>) => {
      if (isMap(node))
        for (const pair of node.items)
          walk(pair.value, [...path, String((pair.key as Scalar).value)]);
      else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
      else if (
        isScalar(node) &&
        (typeof node.value === 'number' || typeof node.value === 'boolean')
      )
        paths.push(path);
    };
    walk(parseDocument(text).contents, []);
    for (const path of paths) {
      const doc = parseDocument(text);
      const scalar = doc.getIn(path, true) as Scalar;
      const source = String(scalar.value);
      const quoted = new Scalar(source);
      quoted.type = 'QUOTE_DOUBLE';
      doc.setIn(path, quoted);
      const result = diagnosticsOf(doc.toString());
      expect({
        path,
        codes: result.map((d) => d.code).filter((c) => c.startsWith('schema-')).length,
      }).toEqual({ path, codes: 1 });
      const finding = result.find((d) => d.code.startsWith('schema-'))!;
      expect(finding.pointer).toBe(path.join('.'));
      expect(finding.message).toMatch(
        / must be (a number|a whole number|`true` or `false`), not a string; received ".*" in quotes$/,
      );
      expect(finding.hint).toBe(`remove the quotes: write ${source}`);
    }
  });

  test('version: "1"', () => {
    const [finding] = diagnosticsOf('version: "1"\nstack: a\naws:\n  region: us-east-1\n');
    expect(finding).toMatchObject({
      code: 'schema-const',
      line: 1,
      col: 10,
      message: '`version` must be a number, not a string; received "1" in quotes',
    });
  });
});

describe('line ends, byte-order marks and encodings do not change the verdict', () => {
  const broken = readdirSync(join(ROOT, 'test/fixtures/bad'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(ROOT, 'test/fixtures/bad', f), 'utf8') }))
    .filter(({ text }) => !text.includes('\r'));
  const verdict = (text: string | Buffer) =>
    diagnosticsOf(text).map((d) => `${d.code}@${d.line}:${d.col} ${d.message}`);

  test.each([...SOURCES, ...broken])(
    '$name: CR-only, CRLF and a byte-order mark give the LF verdict',
    ({ text }) => {
      const lf = verdict(text);
      expect(verdict(text.replace(/\n/g, '\r'))).toEqual(lf);
      expect(verdict(text.replace(/\n/g, '\r\n'))).toEqual(lf);
      expect(verdict(`\uFEFF${text}`)).toEqual(lf);
      expect(verdict(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual(
        lf,
      );
    },
  );

  test.each(SOURCES)('$name stays valid with U+FFFD in a comment and a value', ({ text }) => {
    expect(
      findings(
        `# \uFFFD replacement character\n${text.replace('description: ', 'description: \uFFFD ')}`,
      ),
    ).toEqual(
      findings(`# x replacement character\n${text.replace('description: ', 'description: x ')}`),
    );
  });

  test('invalid UTF-8 anywhere is file-encoding at its line and column', () => {
    const text = SOURCES[0].text;
    const bads = [
      [0xc3, 0x28],
      [0xa0],
      [0xe2, 0x28, 0xa1],
      [0xf0, 0x28, 0x8c, 0xbc],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xff],
    ];
    for (let at = 0; at < text.length; at += 97) {
      const bad = bads[at % bads.length];
      const before = text.slice(0, at);
      const bytes = Buffer.concat([
        Buffer.from(before),
        Buffer.from(bad),
        Buffer.from(text.slice(at)),
      ]);
      const lines = before.split('\n');
      expect({ at, found: findings(bytes) }).toEqual({
        at,
        found: [`file-encoding@${lines.length}:${lines[lines.length - 1].length + 1}`],
      });
    }
  });
});

describe('aliases and tags', () => {
  test('an undefined alias is unresolved, not the alias limit, wherever it is', () => {
    const text = 'version: 1\nstack: a\naws:\n  region: us-east-1\n  tags: { a: b }\n';
    const lines = text.split('\n');
    for (let i = 0; i < 5; i++) {
      const mutated = edit(text, i, (l) => l.replace(/: (.*)$/, ': *undefined'));
      if (mutated === text) continue;
      expect(findings(mutated)).toEqual([
        `yaml-alias-unresolved@${i + 1}:${lines[i].indexOf(': ') + 3}`,
      ]);
    }
    expect(findings('version: 1\nstack: a\nx: &a [1, *a]\n')).toEqual([
      'yaml-alias-unresolved@3:11',
    ]);
    expect(findings('version: 1\nstack: *b\nx: &b s\n')).toEqual(['yaml-alias-unresolved@2:8']);
  });

  test.each([
    '!!omap [ { a: b } ]',
    '!!set { a }',
    '!!pairs [ { a: b } ]',
    '!!binary aGVsbG8=',
    '!!timestamp 2024-01-01',
    '!custom x',
    '!<tag:example.com,2024:x> y',
  ])('tags: %s is an unsupported tag, never silently dropped', (value) => {
    expect(findings(`version: 1\nstack: a\naws:\n  region: us-east-1\n  tags: ${value}\n`)).toEqual(
      ['yaml-unsupported-tag@5:9'],
    );
  });
});
