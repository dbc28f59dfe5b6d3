import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DIAGNOSTIC_LINE } from '../helpers/cli';
import { exampleStacks } from '../helpers/examples';
import { leftovers, snapshot } from './tree';

/**
 * The built CLI and the CDKTF app, run as users run them. The project is
 * built first (`node scripts/build-validator.js`, then tsc) into a private
 * copy of the project, so the test never runs a stale dist/ and never races
 * another build of it: <project>/dist, <project>/node_modules → the repo's,
 * <project>/cdktf.json and config/ copied.
 */
const REPO = join(__dirname, '../..');
let project: string;
let cli: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cogfed-synth-cli-'));
  execFileSync(process.execPath, ['scripts/build-validator.js'], { cwd: REPO, stdio: 'pipe' });
  execFileSync(
    process.execPath,
    [
      join(REPO, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.json',
      '--outDir',
      join(project, 'dist'),
    ],
    { cwd: REPO, stdio: 'pipe' },
  );
  symlinkSync(join(REPO, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(join(REPO, 'cdktf.json'), join(project, 'cdktf.json'));
  cpSync(join(REPO, 'config'), join(project, 'config'), { recursive: true });
  cli = join(project, 'dist/src/cli/bin.js');
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A scratch folder (a user's checkout) with copies of the examples in config/. */
function workspace(): string {
  const dir = mkdtempSync(join(project, 'ws-'));
  cpSync(join(REPO, 'config'), join(dir, 'config'), { recursive: true });
  return dir;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cogfed = (args: string[], cwd: string) => run(process.execPath, [cli, ...args], cwd);
const golden = (name: string) =>
  readFileSync(join(REPO, 'test/golden', `${name}.cdk.tf.json`), 'utf8');
const BROKEN =
  'version: 1\nstack: broken\naws:\n  region: us-east-1\nuserPools:\n  p:\n    domain: { prefix: my-aws-login }\n';

describe('cogfed synth', () => {
  test('writes each example as its golden file, with a manifest, and one summary line per stack', () => {
    const ws = workspace();
    const result = cogfed(['synth'], ws);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    // One line per example stack, in name order (the list derived from config/).
    expect(lines.map((l) => l.split(' ')[1])).toEqual(exampleStacks());
    expect(
      lines.every((l) =>
        /^cogfed: (\S+) → cdktf\.out\/stacks\/\1\/cdk\.tf\.json \(config\/\S+\): /.test(l),
      ),
    ).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^cogfed: acme-sso-dev → cdktf\.out\/stacks\/acme-sso-dev\/cdk\.tf\.json \(config\/acme-sso\/stack\.yaml\): 8 resources, 2 data sources, 0 variables, 1 output$/,
        ),
        expect.stringMatching(
          /^cogfed: acme-sso-prod → cdktf\.out\/stacks\/acme-sso-prod\/cdk\.tf\.json \(config\/acme-sso\/stack\.yaml\): 8 resources, 2 data sources, 0 variables, 1 output$/,
        ),
        expect.stringMatching(/^cogfed: initech-auth0 → .*1 variable/),
      ]),
    );
    expect(
      `${readFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/cdk.tf.json'), 'utf8')}\n`,
    ).toBe(golden('acme-sso-prod'));
    expect(
      `${readFileSync(join(ws, 'cdktf.out/stacks/initech-auth0/cdk.tf.json'), 'utf8')}\n`,
    ).toBe(golden('auth0'));
    expect(
      Object.keys(JSON.parse(readFileSync(join(ws, 'cdktf.out/manifest.json'), 'utf8')).stacks),
    ).toEqual(exampleStacks());
    expect(leftovers(ws)).toEqual([]);
  });

  test('invalid input: diagnostics, exit 1, and nothing under cdktf.out changes', () => {
    const ws = workspace();
    expect(cogfed(['synth'], ws).status).toBe(0);
    mkdirSync(join(ws, 'cdktf.out/stacks/acme-sso-dev/.terraform'), { recursive: true });
    writeFileSync(join(ws, 'cdktf.out/stacks/acme-sso-dev/.terraform/marker'), 'init');
    const before = snapshot(join(ws, 'cdktf.out'));
    writeFileSync(join(ws, 'config/broken.yaml'), BROKEN);

    const result = cogfed(['synth'], ws);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^config\/broken\.yaml:7:23: error domain-prefix: /);
    expect(lines.slice(0, -1).every((l) => DIAGNOSTIC_LINE.test(l))).toBe(true);
    expect(snapshot(join(ws, 'cdktf.out'))).toEqual(before);
    expect(leftovers(ws)).toEqual([]);
  });

  test('--format json on invalid input: the findings on stdout, nothing written', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'broken.yaml'), BROKEN);
    const result = cogfed(['synth', '--format', 'json', 'broken.yaml', 'config/auth0.yaml'], ws);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).diagnostics[0]).toMatchObject({
      file: 'broken.yaml',
      line: 7,
      col: 23,
      code: 'domain-prefix',
    });
    expect(existsSync(join(ws, 'cdktf.out'))).toBe(false);
    expect(readdirSync(ws).sort()).toEqual(['broken.yaml', 'config']);
  });

  test('--output names the folder; named files only', () => {
    const ws = workspace();
    const result = cogfed(['synth', '--output', 'build/tf', 'config/auth0.yaml'], ws);
    expect(result.status).toBe(0);
    expect(readdirSync(join(ws, 'build/tf/stacks'))).toEqual(['initech-auth0']);
    expect(
      JSON.parse(readFileSync(join(ws, 'build/tf/stacks/initech-auth0/cdk.tf.json'), 'utf8'))
        .terraform.backend.local.path,
    ).toBe('../../../../terraform.initech-auth0.tfstate');
  });

  test('usage errors exit 2', () => {
    const ws = workspace();
    expect(cogfed(['synth', 'missing.yaml'], ws).status).toBe(2);
    writeFileSync(join(ws, 'a-file'), '');
    expect(cogfed(['synth', '--output', 'a-file'], ws)).toMatchObject({
      status: 2,
      stderr: 'cogfed: --output a-file exists and is not a folder\n',
    });
    const before = snapshot(ws);
    for (const output of ['.', '..', 'config']) {
      const result = cogfed(['synth', '--output', output], ws);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /would replace the folder that holds the project or its configuration/,
      );
    }
    expect(snapshot(ws)).toEqual(before);
  });
});

describe('the CDKTF app (main.ts, run by cdktf synth / deploy)', () => {
  test('`cdktf synth` writes exactly what `cogfed synth` writes', () => {
    const viaCogfed = workspace();
    expect(cogfed(['synth'], viaCogfed).status).toBe(0);
    const result = run(join(REPO, 'node_modules/.bin/cdktf'), ['synth'], project);
    expect(result.status).toBe(0);
    const contents = (root: string) =>
      Object.fromEntries(
        Object.entries(snapshot(root)).map(([path, value]) => [
          path,
          value.startsWith('file ') ? value.split(' ')[2] : value.split(' ')[0],
        ]),
      );
    expect(contents(join(project, 'cdktf.out'))).toEqual(contents(join(viaCogfed, 'cdktf.out')));
  }, 120_000);

  test('COGFED_CONFIG selects files (comma or path delimiter); CDKTF_OUTDIR is honoured', () => {
    const ws = workspace();
    const result = run(process.execPath, [join(project, 'dist/main.js')], ws, {
      COGFED_CONFIG: 'config/auth0.yaml,config/beyond-identity.yaml',
      CDKTF_OUTDIR: 'out',
    });
    expect(result.status).toBe(0);
    expect(readdirSync(join(ws, 'out/stacks')).sort()).toEqual([
      'globex-passwordless',
      'initech-auth0',
    ]);
    expect(
      `${readFileSync(join(ws, 'out/stacks/globex-passwordless/cdk.tf.json'), 'utf8')}\n`,
    ).toBe(golden('beyond-identity'));
    const byDelimiter = run(process.execPath, [join(project, 'dist/main.js')], ws, {
      COGFED_CONFIG: ['config/acme-sso', 'config/auth0.yaml'].join(delimiter),
      CDKTF_OUTDIR: 'out2',
    });
    expect(byDelimiter.status).toBe(0);
    expect(readdirSync(join(ws, 'out2/stacks')).sort()).toEqual([
      'acme-sso-dev',
      'acme-sso-prod',
      'initech-auth0',
    ]);
  });

  test('invalid input: diagnostics on stderr, exit 1, no output folder created', () => {
    const ws = workspace();
    writeFileSync(join(ws, 'config/broken.yaml'), BROKEN);
    const result = run(process.execPath, [join(project, 'dist/main.js')], ws, {
      CDKTF_OUTDIR: 'out',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^config\/broken\.yaml:7:23: error domain-prefix: /m);
    expect(existsSync(join(ws, 'out'))).toBe(false);
  });
});
