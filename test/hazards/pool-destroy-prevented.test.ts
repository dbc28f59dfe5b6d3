import { codesOf, planReport } from './plan-only';

describe('pool-destroy-prevented (seen only in a plan)', () => {
  test('fail: the plan replaces a pool under prevent_destroy and stops at that error', () => {
    const report = planReport('protected');
    expect(codesOf(report, 'pool-destroy-prevented')).toEqual(['pool-destroy-prevented@39:3']);
    expect(report.hazards[0]).toMatchObject({
      code: 'pool-destroy-prevented',
      severity: 'blocking',
    });
  });

  test('pass: a plan that destroys no pool', () => {
    expect(codesOf(planReport('create'), 'pool-destroy-prevented')).toEqual([]);
  });
});
