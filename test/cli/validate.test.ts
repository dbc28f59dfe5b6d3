import { VERSION } from '../../src/load/version';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIAGNOSTIC_LINE, runCli } from '../helpers/cli';

let dir: string;
// One finding only (the stack name is sound), so each format test reads one result.
const BROKEN = 'version: 1\nstack: broken\naws:\n  region: us-east-1\n  tgas: {}\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-cli-'));
  mkdirSync(join(dir, 'config'));
  writeFileSync(
    join(dir, 'config', 'good.yaml'),
    'version: 1\nstack: good\naws:\n  region: us-east-1\n',
  );
  writeFileSync(join(dir, 'broken.yaml'), BROKEN);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cogfed validate', () => {
  test('the examples in config/ are clean', () => {
    const result = runCli(['validate']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^cogfed: \d+ files checked, no problems\n$/);
  });

  test('defaults to config/*.yaml in the working directory', () => {
    expect(runCli(['validate'], { cwd: dir })).toMatchObject({
      status: 0,
      stderr: 'cogfed: 1 file checked, no problems\n',
    });
  });

  test('findings: FILE:LINE:COL: error CODE: message on stderr, exit 1', () => {
    const result = runCli(['validate', 'broken.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^broken\.yaml:5:3: error schema-unknown-property: unknown property `tgas` in `aws`; fix: did you mean `tags`\?$/,
    );
    expect(lines.every((l, i) => i === lines.length - 1 || DIAGNOSTIC_LINE.test(l))).toBe(true);
    expect(result.stdout).toBe('');
  });

  test('--format json', () => {
    const result = runCli(['validate', '--format', 'json', 'broken.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ files: 1, errors: 1, warnings: 0 });
    expect(report.diagnostics[0]).toMatchObject({
      file: 'broken.yaml',
      line: 5,
      col: 3,
      code: 'schema-unknown-property',
      severity: 'error',
      pointer: 'aws.tgas',
    });
  });

  test('--format github: workflow annotations on the YAML line', () => {
    const result = runCli(['validate', '--format', 'github', 'broken.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=broken\.yaml,line=5,col=3,endLine=5,endColumn=7,title=cogfed schema-unknown-property::unknown property `tgas` in `aws`; fix: did you mean `tags`\?\n$/,
    );
  });

  test('--format github: a range over several lines has line and endLine, no columns (the workflow-command contract)', () => {
    writeFileSync(
      join(dir, 'two-domains.yaml'),
      'version: 1\nstack: two\naws:\n  region: us-east-1\nuserPools:\n  p:\n    domain:\n      prefix: two-login\n      custom: { name: a.example.com, certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abc" }\n',
    );
    const result = runCli(['validate', '--format', 'github', 'two-domains.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^::error file=two-domains\.yaml,line=8,endLine=(9|10),title=cogfed domain-kind::a domain has exactly one of `prefix` or `custom`; received both; fix: /,
    );
    expect(result.stdout.split('\n')).toHaveLength(2);
  });

  test('--format sarif: SARIF 2.1.0 with rule ids and fingerprints', () => {
    const result = runCli(['validate', '--format', 'sarif', 'broken.yaml'], { cwd: dir });
    expect(result.status).toBe(1);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'schema-unknown-property',
    ]);
    expect(run.results[0]).toMatchObject({
      ruleId: 'schema-unknown-property',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 3 },
          },
        },
      ],
    });
    expect(run.tool.driver.version).toBe(VERSION);
    expect(run.tool.driver.rules[0]).toMatchObject({
      name: 'SchemaUnknownProperty',
      shortDescription: { text: 'A property the configuration language does not have.' },
      fullDescription: {
        text: expect.stringMatching(
          /^A property the configuration language does not have\. Each finding names the YAML line/,
        ),
      },
      help: {
        text: expect.any(String),
        markdown: expect.stringContaining(
          '(https://github.com/cogfed/cogfed/blob/main/docs/codes.md#schema-unknown-property)',
        ),
      },
      helpUri: 'https://github.com/cogfed/cogfed/blob/main/docs/codes.md#schema-unknown-property',
    });
    expect(run.results[0].partialFingerprints['cogfed/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  test('SARIF fingerprints do not move with the line', () => {
    const sarif = (file: string) =>
      JSON.parse(runCli(['validate', '--format', 'sarif', file], { cwd: dir }).stdout).runs[0]
        .results[0];
    writeFileSync(join(dir, 'moving.yaml'), BROKEN);
    const before = sarif('moving.yaml');
    writeFileSync(join(dir, 'moving.yaml'), `# a comment that moves every line\n${BROKEN}`);
    const after = sarif('moving.yaml');
    expect(after.locations[0].physicalLocation.region.startLine).toBe(
      before.locations[0].physicalLocation.region.startLine + 1,
    );
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  });

  test('usage errors exit 2: unknown flag, missing file, bad format', () => {
    expect(runCli(['validate', '--nope'], { cwd: dir }).status).toBe(2);
    const missing = runCli(['validate', 'missing.yaml'], { cwd: dir });
    expect(missing).toMatchObject({ status: 2, stderr: 'cogfed: no such file: missing.yaml\n' });
    expect(runCli(['validate', '--format', 'xml'], { cwd: dir }).status).toBe(2);
    expect(runCli(['frobnicate'], { cwd: dir }).status).toBe(2);
  });

  test('no config folder is a usage error that says what to do', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cogfed-empty-'));
    const result = runCli(['validate'], { cwd: empty });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no config/ folder here');
    rmSync(empty, { recursive: true, force: true });
  });

  test('cogfed with no arguments: the help on stderr, exit 2 (a usage error)', () => {
    const result = runCli([], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: cogfed \[options\] \[command\]\n/);
    expect(result.stderr).toMatch(/\n {2}validate \[options\] \[files\.\.\.\] /);
  });

  test('--help, help and --version exit 0', () => {
    expect(runCli(['--help']).status).toBe(0);
    expect(runCli(['help'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Usage: cogfed /),
    });
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: '0.1.0\n' });
  });
});
