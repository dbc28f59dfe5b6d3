import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli';

/**
 * `cogfed validate` says when the adoption a file asks for is applied: every
 * resource marked with importId is in the local state. It reads the local
 * backend's state only (terraform.<stack>.tfstate in the project root).
 */
const ADOPTED = [
  'aws_cognito_identity_provider.legacy__Okta',
  'aws_cognito_resource_server.legacy__api',
  'aws_cognito_user_pool.legacy',
  'aws_cognito_user_pool_client.legacy__web',
  'aws_cognito_user_pool_domain.legacy',
];

function state(addresses: string[]): string {
  return JSON.stringify({
    version: 4,
    resources: addresses.map((a) => ({
      mode: 'managed',
      type: a.split('.')[0],
      name: a.split('.')[1],
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ attributes: { id: 'x' } }],
    })),
  });
}

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'cogfed-applied-'));
  mkdirSync(join(project, 'config'));
  copyFileSync(
    join(REPO, 'test/compile/fixtures/adopted.yaml'),
    join(project, 'config/adopted.yaml'),
  );
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

test('no state yet: nothing to say', () => {
  expect(runCli(['validate'], { cwd: project })).toEqual({
    status: 0,
    stdout: '',
    stderr: 'cogfed: 1 file checked, no problems\n',
  });
});

test('every marked resource in state: the adoption is applied, and the marks can stay or go', () => {
  writeFileSync(join(project, 'terraform.adopted.tfstate'), state(ADOPTED));
  const result = runCli(['validate'], { cwd: project });
  expect(result.status).toBe(0);
  expect(result.stderr).toBe(
    'cogfed: 1 file checked, no problems\n' +
      'config/adopted.yaml: note: the adoption is applied: all 5 resources marked with importId are in terraform.adopted.tfstate. The marks can stay (Terraform skips an import block whose resource is already in state) or go.\n',
  );
  // Machine formats carry diagnostics only.
  expect(runCli(['validate', '--format', 'json'], { cwd: project }).stderr).toBe('');
});

test('one marked resource not in state yet: not applied, nothing said', () => {
  writeFileSync(join(project, 'terraform.adopted.tfstate'), state(ADOPTED.slice(1)));
  expect(runCli(['validate'], { cwd: project }).stderr).toBe(
    'cogfed: 1 file checked, no problems\n',
  );
});
