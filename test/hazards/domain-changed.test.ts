import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, summary } from './helpers';

describe('domain-changed', () => {
  test('FAIL: a new prefix, naming the old and the new redirect URI', () => {
    const run = hazardsOf(ACME, edit(ACME, 'prefix: acme-login', 'prefix: acme-signin'));
    expect(actionOf(run, 'aws_cognito_user_pool_domain.customers')).toBe('replace');
    expect(summary(run)).toEqual(['domain-changed customers@14:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'domain-changed',
      severity: 'warning',
      path: 'userPools.customers.domain',
    });
    expect(hazard.message).toContain(
      'the domain of pool customers changes from acme-login.auth.us-east-1.amazoncognito.com to acme-signin.auth.us-east-1.amazoncognito.com',
    );
    expect(hazard.message).toContain(
      'must change from https://acme-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse to https://acme-signin.auth.us-east-1.amazoncognito.com/oauth2/idpresponse',
    );
    expect(hazard.hint).toContain('register the new redirect URI');
  });

  test('FAIL: the domain removed, annotated at the pool (the nearest node left)', () => {
    const run = hazardsOf(ACME, edit(ACME, '    domain:\n      prefix: acme-login\n', ''));
    expect(summary(run)).toEqual(['domain-changed customers@6:3']);
    expect(run.hazards[0].message).toContain(
      'pool customers loses its domain acme-login.auth.us-east-1.amazoncognito.com',
    );
    expect(run.hazards[0].message).toContain(
      'https://acme-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse',
    );
  });

  test('PASS: managed login turned on updates the domain in place, same host', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        '      prefix: acme-login\n',
        '      prefix: acme-login\n      managedLoginVersion: 2\n',
      ),
    );
    expect(actionOf(run, 'aws_cognito_user_pool_domain.customers')).toBe('update');
    expect(run.hazards).toEqual([]);
  });
});
