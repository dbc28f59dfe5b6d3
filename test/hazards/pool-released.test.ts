import { EXISTING, MANAGED } from './existing-fixtures';
import { hazardsOf, only, summary } from './helpers';

describe('pool-released', () => {
  test('FAIL: a managed pool attached by id instead is destroyed unless the state forgets it, at existingPool', () => {
    const run = hazardsOf(MANAGED, EXISTING);
    // One hazard for one change: not pool-replaced, pool-destroyed, idp-replaced or client-replaced.
    expect(summary(run)).toEqual(['pool-released customers@6:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'pool-released',
      severity: 'blocking',
      subject: 'customers',
      path: 'userPools.customers.existingPool',
    });
    expect(hazard.message).toBe(
      'user pool customers (acme-customers) is no longer managed by this stack (existingPool: us-east-1_AbC123): aws_cognito_user_pool.customers leaves the configuration, ' +
        "so Terraform destroys the pool and its domain, and every user in it is deleted (deletion protection is on: Terraform's prevent_destroy and AWS both refuse to delete the pool until a change that only sets deletionProtection: false has been applied), " +
        'unless the state forgets them first; its identity providers and app clients stay in the pool when existingPool is its id',
    );
    expect(hazard.hint).toContain(
      'terraform state rm aws_cognito_user_pool.customers aws_cognito_user_pool_domain.customers',
    );
    expect(hazard.hint).toContain('--accept pool-released');
  });

  test('FAIL: existingPool naming another pool than the adopted one says so', () => {
    const run = hazardsOf(
      MANAGED,
      EXISTING.replace('existingPool: us-east-1_AbC123', 'existingPool: us-east-1_Other9'),
    );
    expect(only(run, 'pool-released')[0].message).toContain(
      'note that existingPool names us-east-1_Other9, while this stack adopted us-east-1_AbC123',
    );
  });

  test('PASS: an existing pool that stays existing is not released', () => {
    expect(
      only(
        hazardsOf(EXISTING, EXISTING.replace('clientId: abc', 'clientId: abd')),
        'pool-released',
      ),
    ).toEqual([]);
  });
});
