import { ACME, GLOBEX } from './fixtures';
import { TempRepo } from './repo';

/**
 * A base that does not validate while the head fixes it: the base's findings
 * are notes, labelled with the path a reviewer sees and the ref; what can be
 * compared is compared; the fix is not failed for the base's errors.
 */
describe('cogfed diff: a base that does not validate', () => {
  let repo: TempRepo;
  beforeEach(() => {
    // main: acme.yaml is broken (an upper-case stack name); globex.yaml is fine. The working tree fixes acme.
    repo = new TempRepo({
      'config/acme.yaml': ACME.replace('stack: acme', 'stack: Acme'),
      'config/globex.yaml': GLOBEX,
    });
    repo.write('config/acme.yaml', ACME);
  });
  afterEach(() => repo.cleanup());

  test('FAIL on main: exit 0, the broken file not compared, the rest compared, the base findings as notes', () => {
    const result = repo.diff();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^cogfed diff against main \([0-9a-f]{12}\): 2 stacks, 0 changed, 0 added, 0 removed, 1 unchanged, 1 not compared\n/,
    );
    expect(result.stdout).toContain(
      'stack acme (config/acme.yaml): not compared, the file does not validate at the base (see the notes)',
    );
    expect(result.stdout).toContain('stack globex (config/globex.yaml): no changes');
    expect(result.stdout).toContain(
      '\nnotes: at main, config/acme.yaml does not validate; nothing was deployable from it there (synth refuses a file that does not validate), so it is not compared; to see what this change does to its resources, compare with the last commit where it validates (cogfed diff --base <commit>):\nconfig/acme.yaml (at main):2:8: note stack-name: ',
    );
    expect(result.stdout).toContain('cogfed diff: no blocking hazards, 0 warnings');
  });

  test("the head's own blocking hazards still fail it, beside the notes", () => {
    repo.edit('config/globex.yaml', (s) =>
      s.replace('usernameAttributes: [email]', 'usernameAttributes: [phone_number]'),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^config\/globex\.yaml:\d+:\d+: error pool-replaced: /m);
    expect(result.stdout).toContain('config/acme.yaml (at main):2:8: note stack-name: ');
  });

  test('json: baseProblems with the plain path and the ref; ok stays true', () => {
    const report = JSON.parse(repo.diff({ format: 'json' }).stdout);
    expect(report.ok).toBe(true);
    expect(report.baseProblems).toMatchObject({
      ref: 'main',
      files: ['config/acme.yaml'],
      findings: [{ file: 'config/acme.yaml', line: 2, col: 8, code: 'stack-name' }],
    });
    expect(
      report.stacks.map((s: { stack: string; status: string }) => [s.stack, s.status]),
    ).toEqual([
      ['acme', 'uncompared'],
      ['globex', 'unchanged'],
    ]);
  });

  test("github: a notice without a file (its line is the base's, not the head's)", () => {
    const result = repo.diff({ format: 'github' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(
      /^::notice title=cogfed stack-name \(at main\)::config\/acme\.yaml \(at main\), line 2, column 8: /,
    );
    expect(result.stdout).not.toContain('file=');
  });

  test('markdown: a NOTE block; sarif: no result for the base', () => {
    const markdown = repo.diff({ format: 'markdown' }).stdout;
    expect(markdown).toContain(
      '> [!NOTE]\n> **At `main`, config/acme.yaml does not validate**: nothing was deployable from it there',
    );
    expect(markdown).toContain('> - `config/acme.yaml` at `main`, line 2: `stack-name`: ');
    expect(JSON.parse(repo.diff({ format: 'sarif' }).stdout).runs[0].results).toEqual([]);
  });

  test('from a subfolder the label is the path as named there', () => {
    const result = repo.diff({ cwd: `${repo.dir}/config`, files: ['acme.yaml', 'globex.yaml'] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^acme\.yaml \(at main\):2:8: note stack-name: /m);
  });

  test('PASS: a head that does not validate fails with its own findings only', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('stack: acme', 'stack: Acme2'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^config\/acme\.yaml:2:8: error stack-name: /);
    expect(result.stderr).not.toContain('(at main)');
  });
});
