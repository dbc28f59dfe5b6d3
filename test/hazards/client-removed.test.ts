import { ACME } from '../diff/fixtures';
import { edit, hazardsOf, only, summary } from './helpers';

describe('client-removed', () => {
  test('FAIL: a client removed, annotated at clients', () => {
    const run = hazardsOf(ACME, edit(ACME, /^ {6}worker:\n(?: {8}.*\n)+/m, ''));
    expect(summary(run)).toEqual(['client-removed customers/worker@42:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'client-removed',
      severity: 'warning',
      path: 'userPools.customers.clients',
    });
    expect(hazard.message).toBe(
      'app client worker (worker) is removed from pool customers: apps using its client id stop working',
    );
    expect(hazard.hint).toBe('restore the client if an app still uses it');
  });

  test('PASS: a client removed with its pool is part of pool-destroyed', () => {
    const run = hazardsOf(ACME, ACME.slice(0, ACME.indexOf('  staff:\n')));
    expect(only(run, 'client-removed')).toEqual([]);
    expect(summary(run)).toEqual(['pool-destroyed staff@5:1']);
  });

  test('PASS: a client added raises nothing', () => {
    const run = hazardsOf(
      ACME,
      `${ACME}      viewer:\n        callbackUrls: [https://admin.acme.com/view]\n        oauth:\n          flows: [code]\n          scopes: [openid]\n        identityProviders: [COGNITO]\n`,
    );
    expect(
      run.changes.some(
        (c) => c.address === 'aws_cognito_user_pool_client.staff__viewer' && c.action === 'create',
      ),
    ).toBe(true);
    expect(run.hazards).toEqual([]);
  });
});
