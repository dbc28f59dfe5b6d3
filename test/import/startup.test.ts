import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CLI, REPO } from '../helpers/cli';
import { writeResponses } from './derive';
import { responsesOf } from './helpers';

/**
 * The AWS SDK is for `cogfed import --pool-id` alone: no other command loads
 * it (nor the importer), and the bundle keeps it out (package.json `bundle`:
 * --external:@aws-sdk/*), so start-up reads no more than before.
 */
function modulesLoadedBy(args: string[], pattern = /@aws-sdk|@smithy/): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-import-startup-'));
  const hook = join(dir, 'hook.js');
  writeFileSync(
    hook,
    `const M = require('module'); const load = M._load; const seen = new Set();
     M._load = function (request, ...rest) { if (${pattern}.test(request)) seen.add(request); return load.call(this, request, ...rest); };
     process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'seen.json'))}, JSON.stringify([...seen])));`,
  );
  spawnSync(process.execPath, ['-r', hook, CLI, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: 'http://127.0.0.1:9' },
  });
  const seen = JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as string[];
  rmSync(dir, { recursive: true, force: true });
  return seen;
}

test('validate, synth and review load no AWS SDK module', () => {
  expect(modulesLoadedBy(['validate'])).toEqual([]);
  expect(modulesLoadedBy(['review'])).toEqual([]);
  const out = mkdtempSync(join(tmpdir(), 'cogfed-import-startup-out-'));
  expect(modulesLoadedBy(['synth', '--output', out])).toEqual([]);
  rmSync(out, { recursive: true, force: true });
});

test('import --pool-id loads the Cognito client', () => {
  expect(modulesLoadedBy(['import', '--pool-id', 'us-east-1_AbC123'])).toContain(
    '@aws-sdk/client-cognito-identity-provider',
  );
});

test('import from a folder loads no CDKTF: the importer reads AWS JSON and writes YAML', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cogfed-import-startup-folder-'));
  writeResponses(responsesOf('test/compile/fixtures/scalekit-sso.yaml'), folder);
  expect(modulesLoadedBy(['import', '--from', folder], /cdktf|constructs|@aws-sdk/)).toEqual([]);
  rmSync(folder, { recursive: true, force: true });
});

test('the bundle holds no AWS SDK code', () => {
  // dist/cogfed.js is the launcher; the code is in the bundle beside it (src/cli/launcher.ts).
  expect(readFileSync(join(dirname(CLI), 'cogfed-main.js'), 'utf8')).not.toMatch(
    /CognitoIdentityProviderClient\s*=|class CognitoIdentityProviderClient/,
  );
});
