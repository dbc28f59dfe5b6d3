import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { registerDiff } from '../../src/cli/diff';
import { UsageError } from '../../src/load/files';
import { ACME, GLOBEX } from './fixtures';
import { TempRepo } from './repo';

const replacePool = (s: string) =>
  s.replace(
    'usernameAttributes: [email]\n      caseSensitive',
    'usernameAttributes: [phone_number]\n      caseSensitive',
  );

describe('cogfed diff: formats, usage errors, where it runs', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo({ 'config/acme.yaml': ACME, 'config/globex.yaml': GLOBEX });
  });
  afterEach(() => repo.cleanup());

  describe('formats', () => {
    beforeEach(() => {
      repo.edit('config/acme.yaml', replacePool);
      repo.edit('config/acme.yaml', (s) =>
        s.replace('prefix: acme-staff', 'prefix: acme-staff-login'),
      );
    });

    test('json: the whole report, parseable, with accepted flags', () => {
      const result = repo.diff({ format: 'json', accept: ['pool-replaced'] });
      expect(result.exitCode).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.ok).toBe(true);
      expect(report.summary).toEqual({ blocking: 0, accepted: 1, warnings: 1 });
      expect(
        report.hazards.map((h: { code: string; line: number; accepted: boolean }) => [
          h.code,
          h.line,
          h.accepted,
        ]),
      ).toEqual([
        ['pool-replaced', 9, true],
        ['domain-changed', 57, false],
      ]);
      const acme = report.stacks.find((s: { stack: string }) => s.stack === 'acme');
      expect(acme.status).toBe('changed');
      const pool = acme.changes.find(
        (c: { address: string }) => c.address === 'aws_cognito_user_pool.customers',
      );
      expect(pool).toMatchObject({
        kind: 'resource',
        type: 'aws_cognito_user_pool',
        action: 'replace',
      });
      expect(pool.attributes).toContainEqual({
        path: 'username_attributes',
        before: ['email'],
        after: ['phone_number'],
        forcesReplacement: true,
        reason: 'username_attributes forces replacement',
      });
    });

    test('markdown: verdict, hazard table, a diff block per stack', () => {
      const result = repo.diff({ format: 'markdown' });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(/^## cogfed diff against main \([0-9a-f]{12}\)/);
      expect(result.stdout).toContain(
        '> [!CAUTION]\n> **1 blocking hazard not accepted** (`pool-replaced`)',
      );
      expect(result.stdout).toContain('| Severity | Code | Where | What happens |');
      expect(result.stdout).toContain('| **blocking** | `pool-replaced` | `config/acme.yaml:9` |');
      expect(result.stdout).toContain(
        '```diff\n-/+ aws_cognito_identity_provider.customers__Okta (replace)',
      );
    });

    test('github: only annotations on stdout, one per hazard on its YAML line; the readable report on stderr', () => {
      const result = repo.diff({ format: 'github' });
      expect(result.exitCode).toBe(1);
      const lines = result.stdout.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        /^::error file=config\/acme\.yaml,line=9,col=27,endLine=9,endColumn=41,title=cogfed pool-replaced::user pool customers \(acme-customers\) is replaced/,
      );
      expect(lines[1]).toMatch(
        /^::warning file=config\/acme\.yaml,line=57,col=5,endLine=57,endColumn=\d+,title=cogfed domain-changed::the domain of pool staff changes/,
      );
      expect(lines[2]).toBe('');
      expect(result.stderr).toMatch(/^cogfed diff against main/);
      expect(result.stderr).toBe(repo.diff({ format: 'text' }).stdout);
    });

    test('sarif: 2.1.0, hazard codes as rule ids, fingerprints independent of line numbers', () => {
      const sarif = JSON.parse(repo.diff({ format: 'sarif' }).stdout);
      expect(sarif.version).toBe('2.1.0');
      const run = sarif.runs[0];
      expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
        'domain-changed',
        'pool-replaced',
      ]);
      expect(run.tool.driver.rules[1]).toMatchObject({
        name: 'PoolReplaced',
        shortDescription: { text: expect.stringMatching(/every user in it is deleted\.$/) },
        fullDescription: {
          text: expect.stringMatching(
            /Blocking: `cogfed diff` exits 1 unless the change is accepted with `--accept pool-replaced`/,
          ),
        },
        help: {
          text: expect.stringContaining(
            'https://github.com/cogfed/cogfed/blob/main/docs/codes.md#pool-replaced',
          ),
        },
        helpUri: 'https://github.com/cogfed/cogfed/blob/main/docs/codes.md#pool-replaced',
        defaultConfiguration: { level: 'error' },
      });
      expect(run.tool.driver.rules[0].defaultConfiguration).toEqual({ level: 'warning' });
      expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(repo.dir).href}/`);
      expect(
        run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]),
      ).toEqual([
        ['pool-replaced', 'error'],
        ['domain-changed', 'warning'],
      ]);
      expect(run.results[0].locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: 'config/acme.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 9, startColumn: 27, endLine: 9, endColumn: 41 },
      });

      // A comment added above moves every line; the fingerprints stay.
      repo.edit('config/acme.yaml', (s) => `# a comment\n${s}`);
      const moved = JSON.parse(repo.diff({ format: 'sarif' }).stdout).runs[0].results;
      expect(moved[0].locations[0].physicalLocation.region.startLine).toBe(10);
      expect(moved.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(
        run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
      );
    });

    test('the same input gives the same bytes, in every format', () => {
      for (const format of ['text', 'markdown', 'json', 'github', 'sarif'] as const) {
        expect(repo.diff({ format }).stdout).toBe(repo.diff({ format }).stdout);
      }
    });
  });

  describe('exit 2: usage errors', () => {
    test('a ref that does not exist is named', () => {
      const result = repo.diff({ base: 'no-such-branch' });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(
        'cogfed: --base no-such-branch: no such commit, branch or tag in this repository',
      );
    });

    test('an unknown --accept code lists the codes', () => {
      const result = repo.diff({ accept: ['pool-replace'] });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(
        '--accept pool-replace: not a hazard code; the codes are pool-replaced, pool-destroyed,',
      );
    });

    test('a file that exists on neither side', () => {
      const result = repo.diff({ files: ['config/nope.yaml'] });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(
        'no such file: config/nope.yaml (neither in the working tree nor at main)',
      );
    });

    test('outside a git repository', () => {
      const result = repo.diff({ cwd: tmpdir() });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('not inside a git repository');
    });

    test('diff --help says --base is required', () => {
      let help = '';
      const program = new Command()
        .exitOverride()
        .configureOutput({ writeOut: (s) => (help += s), writeErr: () => undefined });
      registerDiff(program);
      expect(() => program.parse(['node', 'cogfed', 'diff', '--help'])).toThrow();
      expect(help).toMatch(
        /--base <ref> +the git ref to compare against, e\.g\. main or\s+origin\/main \(required\)\n/,
      );
    });

    test('commander: --base is required; an unknown format is refused', () => {
      const program = new Command()
        .exitOverride()
        .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
      registerDiff(program);
      expect(() => program.parse(['node', 'cogfed', 'diff'])).toThrow(
        /required option '--base <ref>' not specified/,
      );
      expect(() =>
        program.parse(['node', 'cogfed', 'diff', '--base', 'main', '--format', 'xml']),
      ).toThrow(/Allowed choices are text, markdown, json, github, sarif/);
    });
  });

  test('through commander: exit code 1, then 0 with --accept given twice', () => {
    repo.edit('config/acme.yaml', replacePool);
    repo.edit('config/globex.yaml', (s) =>
      s
        .replace('      Beyond:\n', '      BeyondIdentity:\n')
        .replace('[Beyond]', '[BeyondIdentity]'),
    );
    const run = (...args: string[]) => {
      const program = new Command().exitOverride();
      registerDiff(program);
      const cwd = process.cwd();
      const writes = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
      try {
        process.chdir(repo.dir);
        program.parse(['node', 'cogfed', 'diff', '--base', 'main', ...args]);
        return process.exitCode;
      } finally {
        process.chdir(cwd);
        writes.mockRestore();
        process.exitCode = undefined;
      }
    };
    expect(run()).toBe(1);
    expect(run('--accept', 'pool-replaced')).toBe(1);
    expect(run('--accept', 'pool-replaced', '--accept', 'idp-renamed')).toBe(0);
    expect(() => run('--accept', 'nope')).toThrow(UsageError);
  });

  test('exit 1 when the head does not validate: the diagnostics, nothing compared', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('stack: acme', 'stack: Acme'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^config\/acme\.yaml:2:8: error /);
    expect(result.stderr).toContain('cogfed diff: the files do not validate; nothing was compared');
  });

  test('exit 1 when the base does not validate: findings are labelled REF:path', () => {
    repo
      .edit('config/acme.yaml', (s) => s.replace('stack: acme', 'stack: Acme'))
      .commit('broken base');
    repo.edit('config/acme.yaml', (s) => s.replace('stack: Acme', 'stack: acme'));
    const result = repo.diff({ base: 'HEAD' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^HEAD:config\/acme\.yaml:2:8: error /);
  });

  test('from a subfolder, naming files relative to it (git rev-parse --show-prefix)', () => {
    repo.edit('config/acme.yaml', replacePool);
    repo.remove('config/globex.yaml');
    const result = repo.diff({ cwd: `${repo.dir}/config`, files: ['acme.yaml', 'globex.yaml'] });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('stack acme (acme.yaml): resources:');
    expect(result.stdout).toContain('stack globex (globex.yaml at the base): removed');
    expect(result.stdout).toMatch(/^acme\.yaml:9:27: error pool-replaced:/m);
  });

  test('a folder named explicitly: every YAML file in it, on both sides', () => {
    repo.write(
      'config/extra.yml',
      GLOBEX.replace('stack: globex', 'stack: extra').replace('globex-login', 'extra-login'),
    );
    const result = repo.diff({ files: ['config'] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('stack extra (config/extra.yml): added');
    expect(result.stdout).toContain('stack globex (config/globex.yaml): no changes');
  });

  test('secrets: a changed secret source shows references only', () => {
    repo.edit('config/acme.yaml', (s) =>
      s.replace(
        'clientSecret: { ssm: /acme/scalekit/client-secret }',
        'clientSecret: { secretsManager: acme/scalekit, key: secret }',
      ),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('- data.aws_ssm_parameter.customers__Scalekit__client_secret');
    expect(result.stdout).toContain(
      '+ data.aws_secretsmanager_secret_version.customers__Scalekit__client_secret',
    );
    expect(result.stdout).toMatch(
      /~ provider_details\.client_secret: "\$\{data\.aws_ssm_parameter\.customers__Scalekit__client_secret\.value\}" → "\$\{jsondecode\(data\.aws_secretsmanager_secret_version\.customers__Scalekit__client_secret\.secret_string\)\[\\"secret\\"\]\}"/,
    );
  });
});
