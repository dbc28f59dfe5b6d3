import { VERSION } from '../../src/load/version';
import type { Diagnostic } from '../../src/load/diagnostic';
import { formatGithub } from '../../src/outputs/format/github';
import { formatSarif } from '../../src/outputs/format/sarif';
import { artifactLocation, originalUriBaseIds } from '../../src/outputs/format/sarif-location';
import { diagnosticRules, hazardRules } from '../../src/outputs/format/sarif-rules';

const at = (file: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  file,
  line: 3,
  col: 5,
  severity: 'error',
  code: 'stack-name',
  message: 'm',
  ...extra,
});

describe('SARIF artifact locations: RFC 3986 references', () => {
  test.each([
    ['a b#c?d,e%f/x y.yaml', { uri: 'a%20b%23c%3Fd%2Ce%25f/x%20y.yaml', uriBaseId: '%SRCROOT%' }],
    ['config/acme.yaml', { uri: 'config/acme.yaml', uriBaseId: '%SRCROOT%' }],
    ['./config/acme.yaml', { uri: 'config/acme.yaml', uriBaseId: '%SRCROOT%' }],
    ['config\\acme.yaml', { uri: 'config/acme.yaml', uriBaseId: '%SRCROOT%' }],
    // A base-side file of `cogfed diff` is labelled REF:path; the colon is encoded, so it is no scheme.
    ['main:config/acme.yaml', { uri: 'main%3Aconfig/acme.yaml', uriBaseId: '%SRCROOT%' }],
    ['/tmp/a b/x#1.yaml', { uri: 'file:///tmp/a%20b/x%231.yaml' }],
    ['../outside.yaml', { uri: 'file:///work/outside.yaml' }],
  ])('%s', (file, expected) => {
    expect(artifactLocation(file, '/work/repo')).toEqual(expected);
  });

  test('originalUriBaseIds: %SRCROOT% is the directory cogfed ran in, as a file: URI ending in /', () => {
    expect(originalUriBaseIds('/work/my repo')).toEqual({
      '%SRCROOT%': {
        uri: 'file:///work/my%20repo/',
        description: { text: 'The directory cogfed ran in: file paths are relative to it.' },
      },
    });
  });

  test('the log names the base and the version of package.json', () => {
    const run = JSON.parse(formatSarif([at('x.yaml')], diagnosticRules(), { cwd: '/work/repo' }))
      .runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/repo/');
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'x.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });
});

describe('SARIF rule descriptors', () => {
  test('every code has short and full descriptions, help in text and Markdown, and a helpUri (GitHub code scanning needs them)', () => {
    const codes = [...diagnosticRules(), ...hazardRules()].map((r) => r.id);
    const log = JSON.parse(
      formatSarif(
        codes.map((code) => at('x.yaml', { code })),
        [...diagnosticRules(), ...hazardRules()],
        { cwd: '/w' },
      ),
    );
    const rules = log.runs[0].tool.driver.rules;
    expect(rules).toHaveLength(new Set(codes).size);
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription.text).toMatch(/\S/);
      expect(rule.fullDescription.text.startsWith(rule.shortDescription.text)).toBe(true);
      expect(rule.help.text).toContain(rule.helpUri);
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
      expect(rule.helpUri).toBe(
        `https://github.com/cogfed/cogfed/blob/main/docs/codes.md#${rule.id}`,
      );
    }
  });

  test('a two-sentence description: the first sentence is the short one', () => {
    const idpName = JSON.parse(formatSarif([at('x.yaml', { code: 'idp-name' })], diagnosticRules()))
      .runs[0].tool.driver.rules[0];
    expect(idpName.shortDescription.text).toBe(
      'An identity provider name is 1-32 printable characters, without a leading or trailing `_` or whitespace.',
    );
    expect(idpName.fullDescription.text).toContain('a repeated key is `yaml-duplicate-key`.');
  });

  test('a code outside the catalog still gets a complete descriptor', () => {
    const rule = JSON.parse(formatSarif([at('x.yaml', { code: 'not-a-code' })], [])).runs[0].tool
      .driver.rules[0];
    expect(rule).toMatchObject({
      id: 'not-a-code',
      name: 'NotACode',
      shortDescription: { text: 'cogfed finding `not-a-code`.' },
      fullDescription: { text: 'cogfed finding `not-a-code`.' },
    });
  });
});

describe('GitHub annotations: columns only on one line', () => {
  test('a range over several lines: line and endLine, no col or endColumn', () => {
    expect(formatGithub([at('x.yaml', { end: { line: 6, col: 2 } })])).toBe(
      '::error file=x.yaml,line=3,endLine=6,title=cogfed stack-name::m\n',
    );
  });

  test('a range on one line: col, endLine and endColumn', () => {
    expect(formatGithub([at('x.yaml', { end: { line: 3, col: 9 } })])).toBe(
      '::error file=x.yaml,line=3,col=5,endLine=3,endColumn=9,title=cogfed stack-name::m\n',
    );
  });

  test('a point: line and col', () => {
    expect(formatGithub([at('x.yaml', { severity: 'warning' })])).toBe(
      '::warning file=x.yaml,line=3,col=5,title=cogfed stack-name::m\n',
    );
  });
});
