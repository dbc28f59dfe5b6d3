import { EXISTING, MANAGED, MANAGED_NEW } from './existing-fixtures';
import { hazardsOf, summary } from './helpers';

describe('existing-pool-replaced', () => {
  test('FAIL: an existing pool becomes one the stack creates without adopting it, at the pool key', () => {
    const run = hazardsOf(EXISTING, MANAGED_NEW);
    expect(summary(run)).toEqual(['existing-pool-replaced customers@5:3']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      severity: 'blocking',
      subject: 'customers',
      path: 'userPools.customers',
    });
    expect(hazard.message).toBe(
      'user pool customers was attached by id (existingPool: us-east-1_AbC123) and is now created by this stack without adopting it: Terraform creates a second, empty pool, ' +
        'and its identity providers (Okta), whose linked users lose their link and get new accounts, and its app clients (web), which get new client ids are destroyed in us-east-1_AbC123 and created in the new pool',
    );
    expect(hazard.hint).toContain('add `importId: us-east-1_AbC123`');
  });

  test('PASS: adopting the same pool (importId) takes it over: nothing moves', () => {
    expect(summary(hazardsOf(EXISTING, MANAGED))).toEqual([]);
  });

  test('FAIL: existingPool names another pool, at its key', () => {
    const run = hazardsOf(EXISTING, EXISTING.replace('us-east-1_AbC123', 'us-east-1_Other9'));
    expect(summary(run)).toEqual(['existing-pool-replaced customers@6:19']);
    expect(run.hazards[0].message).toContain(
      'user pool customers is attached to another pool (existingPool us-east-1_AbC123 → us-east-1_Other9)',
    );
  });
});
