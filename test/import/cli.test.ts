import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import type { Json } from '../compile/helpers';
import { Responses, writeResponses } from './derive';
import { response, responsesOf } from './helpers';

/** `cogfed import --from`: what it writes where, its exit codes, and that no secret reaches any output. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-import-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, responses: Responses): string {
  const path = join(dir, name);
  writeResponses(responses, path);
  return path;
}

/** Every secret value in the responses. */
function secretsOf(responses: Responses): string[] {
  const text = JSON.stringify([...responses.files.values()]);
  return [...text.matchAll(/"(?:client_secret|ClientSecret)":"([^"]+)"/g)].map((m) => m[1]);
}

const KITCHEN = 'test/compile/fixtures/kitchen-sink.yaml';

describe('a pool cogfed can express', () => {
  test('writes the YAML to -o, which validates clean; the report lists each secret to create; no secret in any output', () => {
    const responses = responsesOf(KITCHEN);
    const from = folder('kitchen', responses);
    const out = join(dir, 'kitchen.yaml');
    const result = runCli([
      'import',
      '--from',
      from,
      '-o',
      out,
      '--secret-ref',
      'secretsManager:acme/{stack}/{provider}#client_secret',
      '--stack',
      'kitchen-sink',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const yaml = readFileSync(out, 'utf8');
    expect(yaml.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schemas\/cogfed\.schema\.json$/,
    );
    expect(yaml).toContain(
      'clientSecret: {secretsManager: acme/kitchen-sink/Acme.Corp, key: client_secret}',
    );
    expect(result.stderr).toContain(
      'Secrets Manager secret acme/kitchen-sink/Acme.Corp, JSON field "client_secret": the client_secret of the identity provider Acme.Corp',
    );
    expect(result.stderr).toContain(
      'Secrets Manager secret acme/kitchen-sink/Legacy, JSON field "client_secret": the client_secret of the identity provider Legacy',
    );
    expect(runCli(['validate', out])).toMatchObject({ status: 0 });

    const secrets = secretsOf(responses);
    expect(secrets.length).toBe(3); // two providers' client secrets, the worker client's secret
    for (const secret of secrets) {
      expect(yaml).not.toContain(secret);
      expect(result.stdout).not.toContain(secret);
      expect(result.stderr).not.toContain(secret);
    }
    // No temporary file left beside the output.
    expect(readdirSync(dir).filter((f) => f.includes('cogfed-import'))).toEqual([]);
  });

  test('writes to stdout by default; ssm references by default, and {provider} made a valid parameter name', () => {
    const responses = responsesOf(KITCHEN);
    const result = runCli(['import', '--from', folder('stdout', responses)]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/cogfed.schema.json',
    );
    expect(result.stdout).toContain(
      'clientSecret: {ssm: /kitchen-sink-members/Acme.Corp/client-secret}',
    );
    expect(result.stderr).toContain(
      `aws ssm put-parameter --type SecureString --name /kitchen-sink-members/Acme.Corp/client-secret --value "$(aws cognito-idp describe-identity-provider --user-pool-id ${responses.poolId} --provider-name Acme.Corp --query ProviderDetails.client_secret --output text)"`,
    );
    for (const secret of secretsOf(responses))
      expect(result.stdout + result.stderr).not.toContain(secret);
  });

  test('variable references', () => {
    const result = runCli([
      'import',
      '--from',
      folder('variables', responsesOf(KITCHEN)),
      '--secret-ref',
      'variable:{provider}_client_secret',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('clientSecret: {variable: Acme_Corp_client_secret}');
    expect(result.stderr).toContain(
      'Terraform variable Legacy_client_secret (the pipeline sets TF_VAR_Legacy_client_secret)',
    );
  });

  test('the same folder gives the same bytes', () => {
    const from = folder('twice', responsesOf('config/scalekit-sso.yaml'));
    expect(runCli(['import', '--from', from]).stdout).toBe(
      runCli(['import', '--from', from]).stdout,
    );
  });
});

describe('lossless or loud', () => {
  test('something the first apply would change: exit 1, the notes on stderr, nothing written', () => {
    const responses = responsesOf(KITCHEN);
    response(responses, 'describe-user-pool.json').UserPool.LambdaConfig = {
      PreSignUp: 'arn:aws:lambda:eu-central-1:111122223333:function:pre-sign-up',
    };
    const from = folder('lambda', responses);
    const out = join(dir, 'lambda.yaml');
    const result = runCli(['import', '--from', from, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(result.stderr).toContain(
      `  user pool ${responses.poolId}\n    UserPool.LambdaConfig = {"PreSignUp":"arn:aws:lambda:eu-central-1:111122223333:function:pre-sign-up"}: the first apply changes it back or removes it [reverted]\n`,
    );
    expect(result.stderr).toContain(
      'cogfed: the first apply would change or remove 1 live setting listed above; nothing written. Re-run with --accept-loss to write the file anyway.\n',
    );

    const accepted = runCli(['import', '--from', from, '-o', out, '--accept-loss']);
    expect(accepted.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    for (const secret of secretsOf(responses))
      expect(accepted.stderr + readFileSync(out, 'utf8')).not.toContain(secret);
  });

  test('a pool cogfed cannot express (an OIDC provider without openid): the findings, exit 1, nothing written', () => {
    const responses = responsesOf('config/auth0.yaml');
    response(
      responses,
      'describe-identity-provider-Auth0.json',
    ).IdentityProvider.ProviderDetails.authorize_scopes = 'email profile';
    const result = runCli(['import', '--from', folder('no-openid', responses), '--accept-loss']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/<import>:\d+:\d+: error oidc-scopes-openid: /);
    expect(result.stderr).toContain('nothing written');
  });
});

describe('usage', () => {
  test('exactly one source', () => {
    expect(runCli(['import'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        "cogfed: give exactly one of --pool-id <id> (read AWS) or --from <folder> (read the AWS CLI's output)\n",
    });
    expect(runCli(['import', '--pool-id', 'us-east-1_A1', '--from', '.']).status).toBe(2);
  });

  test('a folder without the pool, or with a client listed but not described', () => {
    const empty = join(dir, 'empty');
    writeResponses({ poolId: '', files: new Map() }, empty);
    expect(runCli(['import', '--from', empty])).toMatchObject({ status: 2, stdout: '' });
    const responses = responsesOf('config/auth0.yaml');
    for (const name of [...responses.files.keys()])
      if (name.startsWith('describe-user-pool-client-')) responses.files.delete(name);
    const result = runCli(['import', '--from', folder('undescribed', responses)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /missing describe-user-pool-client for \w+ \(`aws cognito-idp describe-user-pool-client --user-pool-id \S+ --client-id \w+`\)/,
    );
  });

  test('an -o file that exists is not replaced without --force', () => {
    const out = join(dir, 'exists.yaml');
    writeFileSync(out, 'keep me\n');
    const from = folder('exists', responsesOf('config/auth0.yaml'));
    expect(runCli(['import', '--from', from, '-o', out])).toMatchObject({ status: 2 });
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    expect(runCli(['import', '--from', from, '-o', out, '--force'])).toMatchObject({ status: 0 });
  });

  test('a bad --secret-ref, or one that gives two providers one secret', () => {
    const from = folder('refs', responsesOf(KITCHEN));
    expect(runCli(['import', '--from', from, '--secret-ref', 'vault:/x'])).toMatchObject({
      status: 2,
      stdout: '',
    });
    const clash = runCli(['import', '--from', from, '--secret-ref', 'ssm:/acme/idp-secret']);
    expect(clash).toMatchObject({ status: 2, stdout: '' });
    expect(clash.stderr).toBe(
      'cogfed: --secret-ref "ssm:/acme/idp-secret" gives the providers Acme.Corp and Legacy the same reference; put {provider} in it\n',
    );
  });

  test('one combined file (a JSON array of the responses) reads like the folder', () => {
    const responses = responsesOf('config/auth0.yaml');
    const combined = join(dir, 'combined.json');
    const items: Json[] = [];
    for (const [name, json] of responses.files) {
      const branding = /^describe-managed-login-branding-by-client-(.+)\.json$/.exec(name);
      items.push(
        branding
          ? {
              ClientId: branding[1],
              ManagedLoginBranding: json === '' ? null : json.ManagedLoginBranding,
            }
          : json,
      );
    }
    writeFileSync(combined, JSON.stringify(items));
    const fromFile = runCli(['import', '--from', combined]);
    const fromFolder = runCli(['import', '--from', folder('combined-folder', responses)]);
    expect(fromFile.status).toBe(0);
    const body = (yaml: string) => yaml.replace(/read from [^\n]*\n/, '\n');
    expect(body(fromFile.stdout)).toBe(body(fromFolder.stdout));
  });
});
