import { GLOBEX } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, summary } from './helpers';

const FILE = 'config/globex.yaml';
const WITH_S3 = edit(
  GLOBEX,
  'aws:\n  region: us-west-2\n',
  'aws:\n  region: us-west-2\nbackend:\n  s3: { bucket: globex-state, region: us-west-2 }\n',
);

describe('backend-changed', () => {
  test('FAIL: local state moved to S3, annotated at backend', () => {
    const run = hazardsOf(GLOBEX, WITH_S3, { file: FILE });
    expect(summary(run)).toEqual(['backend-changed backend@5:1']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'backend-changed',
      severity: 'warning',
      path: 'backend',
      file: FILE,
    });
    expect(hazard.message).toContain('the state of stack globex moves (');
    expect(hazard.message).toContain(
      'Terraform starts from an empty state and creates every resource again',
    );
    expect(hazard.hint).toContain('terraform init -migrate-state');
  });

  test('FAIL: the S3 key changed', () => {
    const run = hazardsOf(
      WITH_S3,
      edit(WITH_S3, 'bucket: globex-state,', 'bucket: globex-state, key: globex/state.tfstate,'),
      { file: FILE },
    );
    expect(summary(run)).toEqual(['backend-changed backend@5:1']);
    expect(run.hazards[0].message).toContain('globex/state.tfstate');
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
});
