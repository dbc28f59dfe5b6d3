import { codesOf, planReport, Json } from './plan-only';

describe('plan-mismatch (seen only in a plan)', () => {
  test('fail: a plan whose configuration differs from what the YAML compiles to (made from another commit, or edited)', () => {
    const report = planReport('create', {
      edit: (plan: Json) => {
        const pool = plan.configuration.root_module.resources.find(
          (r: Json) => r.type === 'aws_cognito_user_pool',
        );
        pool.expressions.name = { constant_value: 'not-what-the-yaml-says' };
      },
    });
    expect(codesOf(report, 'plan-mismatch').length).toBe(1);
  });

  test('pass: the plan made from these files', () => {
    expect(codesOf(planReport('create'), 'plan-mismatch')).toEqual([]);
  });
});
