import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO, runCli } from '../helpers/cli';
import { exampleStacks } from '../helpers/examples';
import { leftovers, snapshot } from './tree';

/**
 * synth is crash-safe: killed with SIGKILL at every point of its swap (test
 * hooks in src/outputs/synth/test-hooks.ts), the next run finishes or rolls
 * back the interrupted one, keeps what Terraform put in the output, and
 * leaves nothing beside it; concurrent runs wait for each other; a stale lock
 * is taken over, a live one waited for.
 */
const POINTS = [
  'after-lock',
  'after-staging',
  'after-journal',
  'between-renames',
  'after-swap',
  'before-unlock',
] as const;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cogfed-crash-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A checkout with the examples, synthesized once, with Terraform's files in a stack folder and a file of the user's. */
function workspace(): string {
  const ws = mkdtempSync(join(root, 'ws-'));
  cpSync(join(REPO, 'config'), join(ws, 'config'), { recursive: true });
  expect(cogfed(['synth'], ws).status).toBe(0);
  mkdirSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/.terraform/providers'), { recursive: true });
  writeFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/.terraform/providers/marker'), 'provider');
  writeFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/.terraform.lock.hcl'), 'lock');
  return ws;
}

const cogfed = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  runCli(args, { cwd, env });

/** Change a value, so the next output differs from the previous one. */
function editConfig(ws: string, round: number): void {
  const file = join(ws, 'config/acme-sso/stack.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/name: acme-web[^\n]*/, `name: acme-web-${round}`),
  );
}

/** The value editConfig changes, as the last completed synth wrote it. */
const clientName = (ws: string) =>
  JSON.parse(readFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/cdk.tf.json'), 'utf8')).resource
    .aws_cognito_user_pool_client.customers__web.name;

function expectIntact(ws: string): void {
  expect(
    readFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/.terraform/providers/marker'), 'utf8'),
  ).toBe('provider');
  expect(readFileSync(join(ws, 'cdktf.out/stacks/acme-sso-prod/.terraform.lock.hcl'), 'utf8')).toBe(
    'lock',
  );
  expect(
    Object.keys(JSON.parse(readFileSync(join(ws, 'cdktf.out/manifest.json'), 'utf8')).stacks),
  ).toEqual(exampleStacks());
  expect(leftovers(ws)).toEqual([]);
}

describe.each(POINTS)('killed %s', (point) => {
  test('the next synth finishes the job: new output, Terraform files kept, nothing left beside it', () => {
    const ws = workspace();
    editConfig(ws, 1);
    const killed = cogfed(['synth'], ws, { COGFED_TEST_CRASH_AT: point });
    expect(killed.status).toBeNull();
    // At most the one staging folder of the killed run is left, and the lock.
    expect(readdirSync(ws).filter((e) => e.includes('.tmp-')).length).toBeLessThanOrEqual(1);
    const next = cogfed(['synth'], ws);
    expect(next.status).toBe(0);
    expect(clientName(ws)).toBe('acme-web-1');
    expectIntact(ws);
  });

  test('a synth with findings still restores a whole output, the last one completed', () => {
    const ws = workspace();
    const before = snapshot(join(ws, 'cdktf.out'));
    editConfig(ws, 2);
    expect(cogfed(['synth'], ws, { COGFED_TEST_CRASH_AT: point }).status).toBeNull();
    writeFileSync(join(ws, 'config/broken.yaml'), 'version: 1\nstack: Broken\n');
    const next = cogfed(['synth'], ws);
    expect(next.status).toBe(1);
    expect(existsSync(join(ws, 'cdktf.out/manifest.json'))).toBe(true);
    // Killed after its second rename, the run had put its output in place; before, the previous output is back.
    const completed = ['after-swap', 'before-unlock'].includes(point);
    expect(clientName(ws)).toBe(completed ? 'acme-web-2' : 'acme-web');
    if (!completed) expect(snapshot(join(ws, 'cdktf.out'))).toEqual(before);
    expectIntact(ws);
  });
});

test('many interrupted runs leave nothing piling up', () => {
  const ws = workspace();
  for (let round = 0; round < 12; round++) {
    editConfig(ws, round);
    expect(
      cogfed(['synth'], ws, { COGFED_TEST_CRASH_AT: POINTS[round % POINTS.length] }).status,
    ).toBeNull();
    expect(readdirSync(ws).filter((e) => /\.(tmp|old)-/.test(e)).length).toBeLessThanOrEqual(2);
  }
  expect(cogfed(['synth'], ws).status).toBe(0);
  expect(clientName(ws)).toBe('acme-web-11');
  expectIntact(ws);
});

test('a stale lock (its process is gone) is taken over', () => {
  const ws = workspace();
  // A PID that is not running: a process that has just exited.
  const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
  writeFileSync(join(ws, '.cdktf.out.lock'), JSON.stringify({ pid: deadPid, host: hostname() }));
  const result = cogfed(['synth'], ws);
  expect(result.status).toBe(0);
  expectIntact(ws);
});

test('a live lock is waited for, then reported with what to do', () => {
  const ws = workspace();
  writeFileSync(
    join(ws, '.cdktf.out.lock'),
    JSON.stringify({ pid: process.pid, host: hostname() }),
  );
  const result = cogfed(['synth'], ws, { COGFED_LOCK_TIMEOUT_MS: '1500' });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(
    `cogfed: waiting for another synth (pid ${process.pid}) to finish writing cdktf.out\n`,
  );
  expect(result.stderr).toMatch(
    /cogfed: another cogfed synth \(pid \d+\) has been writing cdktf\.out for more than 2 s; if it is no longer running, remove .*\.cdktf\.out\.lock\n$/,
  );
  rmSync(join(ws, '.cdktf.out.lock'));
});

test('two synths at once: the second waits for the first, both succeed, the output is whole', async () => {
  const ws = workspace();
  editConfig(ws, 7);
  const run = (env: NodeJS.ProcessEnv) =>
    new Promise<{ status: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI, 'synth'], {
        cwd: ws,
        env: { ...process.env, ...env },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => done({ status, stderr }));
    });
  const first = run({ COGFED_TEST_HOLD_LOCK_MS: '3000' });
  // Start the second once the first holds the lock.
  for (let i = 0; i < 200 && !existsSync(join(ws, '.cdktf.out.lock')); i++)
    await new Promise((r) => setTimeout(r, 25));
  expect(existsSync(join(ws, '.cdktf.out.lock'))).toBe(true);
  const second = run({});
  const [a, b] = await Promise.all([first, second]);
  expect([a.status, b.status]).toEqual([0, 0]);
  expect(b.stderr).toMatch(
    /^cogfed: waiting for another synth \(pid \d+\) to finish writing cdktf\.out$/m,
  );
  expect(clientName(ws)).toBe('acme-web-7');
  expectIntact(ws);
}, 60_000);
