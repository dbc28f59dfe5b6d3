import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO } from '../helpers/cli';

/**
 * `validate` loads no CDKTF and no provider bindings (the spec's promise and
 * the reason it starts fast); `synth` does. A preloaded hook records every
 * module request whose name mentions cdktf or constructs.
 */
function cdktfModulesLoadedBy(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-startup-'));
  const hook = join(dir, 'hook.js');
  writeFileSync(
    hook,
    `const M = require('module'); const load = M._load; const seen = new Set();
     M._load = function (request, ...rest) { if (/cdktf|constructs/.test(request)) seen.add(request); return load.call(this, request, ...rest); };
     process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'seen.json'))}, JSON.stringify([...seen])));`,
  );
  const result = spawnSync(process.execPath, ['-r', hook, CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  const seen = JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as string[];
  rmSync(dir, { recursive: true, force: true });
  expect(result.status).toBe(0);
  return seen;
}

test('validate loads no CDKTF module', () => {
  expect(cdktfModulesLoadedBy(['validate'])).toEqual([]);
});

test('review loads no CDKTF module either', () => {
  expect(cdktfModulesLoadedBy(['review'])).toEqual([]);
});

test('synth imports each resource from its own module, never the provider root', () => {
  const out = mkdtempSync(join(tmpdir(), 'cogfed-startup-out-'));
  const seen = cdktfModulesLoadedBy(['synth', '--output', out]);
  rmSync(out, { recursive: true, force: true });
  expect(seen).toContain('cdktf');
  expect(seen).toContain('@cdktf/provider-aws/lib/cognito-user-pool');
  expect(seen).not.toContain('@cdktf/provider-aws');
});
