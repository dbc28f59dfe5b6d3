import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileBundle } from '../../src/cli/launch';
import { CLI, REPO } from '../helpers/cli';

/**
 * dist/cogfed.js runs the bundle with the code cache the build made
 * (src/cli/launcher.ts, scripts/code-cache.js). V8 takes the cache for the
 * bundle it was made from; a cache that does not fit, or none, changes
 * nothing but the start-up time.
 */
const DIST = join(REPO, 'dist');
const FILE = 'version: 1\nstack: s\naws:\n  region: us-east-1\nuserPools:\n  p: {}\n';

test("the build's cache fits the bundle: V8 takes it", () => {
  const bundle = join(DIST, 'cogfed-main.js');
  const script = compileBundle(bundle, readFileSync(`${bundle}.cache`));
  expect(script.cachedDataRejected).toBe(false);
});

describe.each([
  ['a cache that does not fit', Buffer.from('not a V8 code cache')],
  ['no cache', undefined],
])('%s: the bundle is compiled as usual, and the command is the same', (_name, cache) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-launcher-'));
    copyFileSync(CLI, join(dir, 'cogfed.js'));
    copyFileSync(join(DIST, 'cogfed-main.js'), join(dir, 'cogfed-main.js'));
    if (cache) writeFileSync(join(dir, 'cogfed-main.js.cache'), cache);
    writeFileSync(join(dir, 'ok.yaml'), FILE);
    writeFileSync(join(dir, 'bad.yaml'), FILE.replace('version: 1', 'version: 2'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(['ok.yaml', 'bad.yaml'])('validate %s', (file) => {
    const run = (cli: string) =>
      spawnSync(process.execPath, [cli, 'validate', file], { cwd: dir, encoding: 'utf8' });
    const here = run(join(dir, 'cogfed.js'));
    const built = run(CLI);
    expect({ status: here.status, stdout: here.stdout, stderr: here.stderr }).toEqual({
      status: built.status,
      stdout: built.stdout,
      stderr: built.stderr,
    });
    expect(here.status).toBe(file === 'ok.yaml' ? 0 : 1);
  });
});
