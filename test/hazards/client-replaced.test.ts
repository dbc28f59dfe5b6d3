import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const WEB = 'aws_cognito_user_pool_client.customers__web';

describe('client-replaced', () => {
  test('FAIL: generateSecret added replaces the client, annotated at its value', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        'identityProviders: [Scalekit, Okta, COGNITO]',
        'identityProviders: [Scalekit, Okta, COGNITO]\n        generateSecret: true',
      ),
    );
    expect(actionOf(run, WEB)).toBe('replace');
    expect(summary(run)).toEqual(['client-replaced customers/web@50:25']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'client-replaced',
      severity: 'warning',
      path: 'userPools.customers.clients.web.generateSecret',
    });
    expect(hazard.message).toContain(
      'app client web (web) in pool customers is replaced (generate_secret false → true): it gets a new client id',
    );
    expect(hazard.message).toContain('every app configured with the old one breaks');
  });

  test('PASS: new callback URLs update the client in place', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        'callbackUrls: [https://app.acme.com/callback]',
        'callbackUrls: [https://app.acme.com/callback, https://app.acme.com/cb2]',
      ),
    );
    expect(actionOf(run, WEB)).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('PASS: clients replaced with their pool raise only pool-replaced', () => {
    const run = hazardsOf(ACME, edit(ACME, 'caseSensitive: false', 'caseSensitive: true'));
    expect(actionOf(run, WEB)).toBe('replace');
    expect(only(run, 'client-replaced')).toEqual([]);
    expect(summary(run)).toEqual(['pool-replaced customers@10:22']);
  });
});
