import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

describe('pool-replaced', () => {
  test('FAIL: usernameAttributes changed replaces the pool, annotated at the value', () => {
    const run = hazardsOf(
      ACME,
      edit(ACME, 'usernameAttributes: [email]', 'usernameAttributes: [phone_number]'),
    );
    expect(summary(run)).toEqual(['pool-replaced customers@9:27']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'pool-replaced',
      severity: 'blocking',
      subject: 'customers',
      path: 'userPools.customers.signIn.usernameAttributes',
    });
    expect(hazard.message).toContain(
      'user pool customers (acme-customers) is replaced: username_attributes ["email"] → ["phone_number"], which forces a new pool',
    );
    expect(hazard.message).toContain('every user in it is deleted');
    expect(hazard.message).toContain('its app clients (web, worker) get new client ids');
    expect(hazard.message).toContain('deletion protection is on');
    expect(hazard.hint).toContain('--accept pool-replaced');
  });

  test('FAIL: caseSensitive changed, annotated at signIn.caseSensitive', () => {
    const run = hazardsOf(ACME, edit(ACME, 'caseSensitive: false', 'caseSensitive: true'));
    expect(summary(run)).toEqual(['pool-replaced customers@10:22']);
    expect(run.hazards[0].path).toBe('userPools.customers.signIn.caseSensitive');
    expect(run.hazards[0].message).toContain('username_configuration.case_sensitive false → true');
  });

  test('FAIL: the pool key renamed is a destroy and a create, annotated at the new key', () => {
    const run = hazardsOf(ACME, edit(ACME, '  customers:\n', '  clients:\n'));
    expect(summary(run)).toEqual(['pool-replaced customers@6:3']);
    expect(run.hazards[0]).toMatchObject({ severity: 'blocking', path: 'userPools.clients' });
    expect(run.hazards[0].message).toContain('user pool key renamed from customers to clients');
    expect(run.hazards[0].message).toContain(
      'Terraform destroys pool customers (acme-customers) and creates clients; every user in pool customers is deleted',
    );
    expect(run.hazards[0].hint).toContain('change its `name`, which updates in place');
  });

  test('FAIL: the Region changed replaces every pool of the stack, annotated at aws.region', () => {
    const run = hazardsOf(ACME, edit(ACME, 'region: us-east-1', 'region: eu-west-1'));
    expect(summary(run)).toEqual(['pool-replaced customers@4:11', 'pool-replaced staff@4:11']);
    for (const hazard of run.hazards)
      expect(hazard.message).toContain('region "us-east-1" → "eu-west-1"');
    // Staff has no deletion protection: nothing to say about it.
    expect(run.hazards[1].message).not.toContain('deletion protection');
  });

  test('PASS: the pool name changed updates in place (provider 6.6.0+), no pool-replaced', () => {
    const run = hazardsOf(ACME, edit(ACME, 'name: acme-customers', 'name: acme-clients'));
    expect(actionOf(run, 'aws_cognito_user_pool.customers')).toBe('update');
    expect(only(run, 'pool-replaced')).toEqual([]);
    expect(run.hazards).toEqual([]);
  });
});
