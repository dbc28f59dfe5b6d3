import { findings, yaml, HEADER, diagnosticsOf } from '../helpers/validate';

describe('load: YAML with positions', () => {
  test('a syntax error names its line and column', () => {
    expect(findings('version: 1\nstack: [a,\n')).toEqual(['yaml-syntax@3:1']);
  });

  test('a duplicate key points at the second occurrence', () => {
    expect(
      findings(yaml`
      version: 1
      stack: a
      stack: b
    `),
    ).toEqual(['yaml-duplicate-key@3:1']);
  });

  test('several documents in one file', () => {
    expect(findings(`${HEADER}---\n${HEADER}`)).toEqual(['yaml-multiple-documents@5:1']);
  });

  test('an empty file, and one holding only comments', () => {
    expect(findings('')).toEqual(['yaml-empty@1:1']);
    expect(findings('# nothing here\n')).toEqual(['yaml-empty@1:1']);
  });

  test('a root that is not a mapping', () => {
    expect(findings('- a\n- b\n')).toEqual(['yaml-root-not-mapping@1:1']);
    expect(findings('\n\n"just a string"\n')).toEqual(['yaml-root-not-mapping@3:1']);
  });

  test('binary bytes are refused before parsing', () => {
    expect(findings(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toEqual([
      'file-binary@1:1',
    ]);
  });

  test('invalid UTF-8 names the line of the bad byte', () => {
    expect(
      findings(
        Buffer.concat([
          Buffer.from('version: 1\nstack: '),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('\n'),
        ]),
      ),
    ).toEqual(['file-encoding@2:8']);
  });

  test('an alias bomb is capped', () => {
    const bomb = yaml`
      a: &a [x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    `;
    expect(findings(bomb)).toEqual(['yaml-alias-limit@2:8']);
  });

  test('deep nesting is refused at the first node too deep', () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}\n`;
    expect(findings(`version: ${deep}`)).toEqual(['yaml-too-deep@1:73']);
  });

  test('an unsupported tag', () => {
    expect(findings(`${HEADER}userPools: !custom {}\n`)).toEqual(['yaml-unsupported-tag@5:12']);
  });

  test('every diagnostic says what to do', () => {
    for (const d of diagnosticsOf('a: [\n')) expect(d.hint).toBeTruthy();
  });
});
