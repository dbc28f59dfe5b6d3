import { ACME, GLOBEX } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const FILE = 'config/globex.yaml';
const WITH_S3 = edit(
  GLOBEX,
  'aws:\n  region: us-west-2\n',
  'aws:\n  region: us-west-2\nbackend:\n  s3: { bucket: globex-state, region: us-west-2 }\n',
);
const PINNED = edit(
  WITH_S3,
  'bucket: globex-state,',
  'bucket: globex-state, key: cognito/globex.tfstate,',
);
const EMPTY_STATE = 'starts from a new, empty state';

describe('backend-changed', () => {
  test('FAIL: local state moved to S3: a new, empty state, blocking, annotated at backend', () => {
    const run = hazardsOf(GLOBEX, WITH_S3, { file: FILE });
    expect(summary(run)).toEqual(['backend-changed backend@5:1']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'backend-changed',
      severity: 'blocking',
      subject: 'backend',
      path: 'backend',
      file: FILE,
    });
    expect(hazard.message).toBe(
      'stack globex starts from a new, empty state: its state moves from the local file terraform.globex.tfstate to s3://globex-state/cognito/globex.tfstate. Unless the state is moved first, Terraform creates every resource again: pool users is created anew, empty, with new pool and client ids, and creating the domain globex-login.auth.us-west-2.amazoncognito.com fails while the old pool holds it ("Domain already associated with another user pool"); the pool of the old state (users (globex-users)) stays in AWS with its users, managed by no state any more',
    );
    expect(hazard.hint).toContain('terraform init -migrate-state');
    expect(hazard.hint).toContain('--accept backend-changed');
    // What Terraform plans in the empty state: every resource created; nothing of the old state destroyed.
    expect(actionOf(run, 'aws_cognito_user_pool.users')).toBe('create');
    expect(run.changes.filter((c) => c.action === 'destroy' && c.kind === 'resource')).toEqual([]);
  });

  test('FAIL: the S3 key changed', () => {
    const run = hazardsOf(
      WITH_S3,
      edit(WITH_S3, 'bucket: globex-state,', 'bucket: globex-state, key: globex/state.tfstate,'),
      { file: FILE },
    );
    expect(summary(run)).toEqual(['backend-changed backend@5:1']);
    expect(run.hazards[0].message).toContain(
      'from s3://globex-state/cognito/globex.tfstate to s3://globex-state/globex/state.tfstate',
    );
  });

  test('FAIL: the stack renamed with local state (named after the stack): the same hazard, annotated at the new name', () => {
    const run = hazardsOf(GLOBEX, edit(GLOBEX, 'stack: globex', 'stack: globex-eu'), {
      file: FILE,
    });
    expect(summary(run)).toEqual(['backend-changed backend@2:8']);
    expect(run.hazards[0]).toMatchObject({ severity: 'blocking', path: 'stack' });
    expect(run.hazards[0].message).toContain(
      `stack globex-eu (renamed from globex) ${EMPTY_STATE}: its state moves from the local file terraform.globex.tfstate to the local file terraform.globex-eu.tfstate`,
    );
    expect(run.hazards[0].hint).toContain(
      'rename terraform.globex.tfstate to terraform.globex-eu.tfstate',
    );
  });

  test('FAIL: the stack renamed with the default S3 key: a new key, the hint pins the old one', () => {
    const run = hazardsOf(WITH_S3, edit(WITH_S3, 'stack: globex', 'stack: globex-eu'), {
      file: FILE,
    });
    expect(summary(run)).toEqual(['backend-changed backend@2:8']);
    expect(run.hazards[0].message).toContain(
      'from s3://globex-state/cognito/globex.tfstate to s3://globex-state/cognito/globex-eu.tfstate',
    );
    expect(run.hazards[0].hint).toContain('set backend.s3.key: cognito/globex.tfstate');
  });

  test('PASS: the stack renamed while backend.s3.key is pinned: the same state, the same stack, nothing destroyed or created', () => {
    const run = hazardsOf(PINNED, edit(PINNED, 'stack: globex', 'stack: globex-eu'), {
      file: FILE,
    });
    expect(run.hazards).toEqual([]);
    expect(run.changes.filter((c) => c.action !== 'update')).toEqual([]);
    // The default pool name is <stack>-<id>: renamed in place (hashicorp/aws 6.6.0 and later).
    expect(
      run.changes.find((c) => c.address === 'aws_cognito_user_pool.users')!.attributes,
    ).toEqual([{ path: 'name', before: 'globex-users', after: 'globex-eu-users' }]);
  });

  test('PASS: encrypt and lockfile change how the state is kept, not which state: an update, no hazard', () => {
    const run = hazardsOf(
      PINNED,
      edit(
        PINNED,
        'key: cognito/globex.tfstate,',
        'key: cognito/globex.tfstate, encrypt: false, lockfile: false,',
      ),
      { file: FILE },
    );
    expect(actionOf(run, 'terraform.backend')).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('PASS: provider settings (default tags) change, the state stays', () => {
    const run = hazardsOf(
      GLOBEX,
      edit(GLOBEX, 'region: us-west-2\n', 'region: us-west-2\n  tags: { team: identity }\n'),
      { file: FILE },
    );
    expect(actionOf(run, 'provider.aws')).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('a new state says nothing else: the old pools are left alone, not replaced, so no hazard about changing them', () => {
    const run = hazardsOf(
      ACME,
      edit(
        edit(ACME, 'stack: acme', 'stack: acme-eu'),
        'caseSensitive: false',
        'caseSensitive: true',
      ),
    );
    expect(summary(run)).toEqual(['backend-changed backend@2:8']);
    expect(only(run, 'pool-replaced')).toEqual([]);
    expect(run.hazards[0].message).toContain(
      'the pools of the old state (customers (acme-customers), staff (acme-staff)) stay in AWS with their users',
    );
  });
});
