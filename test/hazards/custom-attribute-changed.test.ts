import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

describe('custom-attribute-changed', () => {
  test('FAIL: a maxLength changed, though Terraform plans a harmless in-place update', () => {
    const run = hazardsOf(ACME, edit(ACME, 'maxLength: 64', 'maxLength: 128'));
    expect(actionOf(run, 'aws_cognito_user_pool.customers')).toBe('update');
    expect(summary(run)).toEqual(['custom-attribute-changed customers/tenant_id@12:7']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'custom-attribute-changed',
      severity: 'blocking',
      path: 'userPools.customers.customAttributes.tenant_id',
    });
    expect(hazard.message).toContain(
      'custom attribute custom:tenant_id of pool customers changes (maxLength 64 → 128)',
    );
    expect(hazard.message).toContain('"cannot modify or remove schema items"');
    expect(hazard.hint).toContain('add a new one under a new name');
  });

  test('FAIL: mutable and type changed are both named', () => {
    const run = hazardsOf(
      ACME,
      edit(ACME, 'plan: { type: string, mutable: true }', 'plan: { type: number, mutable: false }'),
    );
    expect(summary(run)).toEqual(['custom-attribute-changed customers/plan@13:7']);
    // The type is named as Cognito names it (AttributeDataType), not as the YAML spells it.
    expect(run.hazards[0].message).toContain(
      'custom:plan of pool customers changes (type String → Number; mutable true → false)',
    );
  });

  test('PASS: a custom attribute added is AddCustomAttributes, no hazard', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        '      plan: { type: string, mutable: true }\n',
        '      plan: { type: string, mutable: true }\n      region: { type: string, mutable: true }\n',
      ),
    );
    expect(actionOf(run, 'aws_cognito_user_pool.customers')).toBe('update');
    expect(only(run, 'custom-attribute-changed')).toEqual([]);
    expect(run.hazards).toEqual([]);
  });

  test('PASS: attributes reordered in the file change nothing', () => {
    const run = hazardsOf(ACME, edit(ACME, /( {6}tenant_id: .*\n)( {6}plan: .*\n)/, '$2$1'));
    expect(run.changes).toEqual([]);
    expect(run.hazards).toEqual([]);
  });
});
