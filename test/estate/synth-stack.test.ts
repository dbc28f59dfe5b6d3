import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cogfed.js');

describe('cogfed synth --stack', () => {
  let ws: string;
  beforeAll(() => {
    ws = mkdtempSync(join(tmpdir(), 'cogfed-synth-stack-'));
    cpSync(join(ROOT, 'config'), join(ws, 'config'), { recursive: true });
  });
  afterAll(() => rmSync(ws, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, 'synth', ...args], { cwd: ws, encoding: 'utf8' });

  test('compiles only the named stack, after validating every file', () => {
    const result = run(['--stack', 'acme-sso-prod']);
    expect(result.status).toBe(0);
    expect(readdirSync(join(ws, 'cdktf.out/stacks'))).toEqual(['acme-sso-prod']);
  });

  test('a stack no file defines is a usage error', () => {
    const result = run(['--stack', 'acme-sso']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--stack acme-sso: no such stack');
  });
});
