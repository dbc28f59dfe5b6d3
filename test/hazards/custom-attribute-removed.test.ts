import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const WITHOUT_PLAN = edit(ACME, '      plan: { type: string, mutable: true }\n', '');

describe('custom-attribute-removed', () => {
  test('FAIL: a custom attribute removed, annotated at customAttributes', () => {
    const run = hazardsOf(ACME, WITHOUT_PLAN);
    expect(actionOf(run, 'aws_cognito_user_pool.customers')).toBe('update');
    expect(summary(run)).toEqual(['custom-attribute-removed customers/plan@11:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'custom-attribute-removed',
      severity: 'blocking',
      path: 'userPools.customers.customAttributes',
    });
    expect(hazard.message).toContain('custom attribute custom:plan is removed from pool customers');
    expect(hazard.message).toContain('"cannot modify or remove schema items"');
    expect(hazard.hint).toBe('keep the attribute in the file (stop mapping or writing it instead)');
  });

  test('PASS: a custom attribute added is neither removed nor changed', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        '      plan: { type: string, mutable: true }\n',
        '      plan: { type: string, mutable: true }\n      region: { type: string, mutable: true }\n',
      ),
    );
    expect(run.hazards).toEqual([]);
  });

  test('PASS: removed from a pool that is replaced anyway: the new pool never had it, only pool-replaced', () => {
    const run = hazardsOf(ACME, edit(WITHOUT_PLAN, 'caseSensitive: false', 'caseSensitive: true'));
    expect(only(run, 'custom-attribute-removed')).toEqual([]);
    expect(summary(run)).toEqual(['pool-replaced customers@10:22']);
  });
});
