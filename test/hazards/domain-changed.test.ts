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

  test('FAIL: the pool replaced, same host: the redirect URI stays, what carries the pool or client ids is named per provider', () => {
    const run = hazardsOf(ACME, edit(ACME, 'caseSensitive: false', 'caseSensitive: true'));
    expect(actionOf(run, 'aws_cognito_user_pool_domain.customers')).toBe('replace');
    expect(summary(run)).toEqual([
      'pool-replaced customers@10:22',
      'domain-changed customers@14:5',
    ]);
    const hazard = run.hazards[1];
    expect(hazard).toMatchObject({
      code: 'domain-changed',
      severity: 'warning',
      subject: 'customers',
      path: 'userPools.customers.domain',
    });
    expect(hazard.message).toBe(
      'pool customers is created again, and its domain acme-login.auth.us-east-1.amazoncognito.com with it (the hosted pages are down in between): the redirect URI https://acme-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse keeps its value, but the values that carry the pool id or a client id change, and each must be given again: at Okta, sign-out URLs and authorize URLs for a custom login page; at Scalekit, sign-out URLs and authorize URLs for a custom login page',
    );
    expect(hazard.hint).toContain('cogfed review prints them');
  });

  test('FAIL: the pool key renamed, same host: the new domain races the old one', () => {
    const run = hazardsOf(ACME, edit(ACME, '  customers:\n', '  clients:\n'));
    expect(summary(run)).toEqual(['pool-replaced customers@6:3', 'domain-changed clients@14:5']);
    expect(run.hazards[1].message).toContain(
      'the create fails ("Domain already associated with another user pool") when it runs first',
    );
  });

  test('PASS: a replaced pool whose providers registered nothing bound to its ids: no domain-changed', () => {
    // staff has no identity provider: the same host keeps the only thing registered anywhere, the callback URLs are the app's own.
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        '  staff:\n    deletionProtection: false\n',
        '  staff:\n    deletionProtection: false\n    signIn:\n      usernameAttributes: [email]\n',
      ),
    );
    expect(actionOf(run, 'aws_cognito_user_pool_domain.staff')).toBe('replace');
    expect(summary(run)).toEqual(['pool-replaced staff@58:27']);
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
