import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, summary } from './helpers';

/** ACME with a second resource server that no client uses, so removing it changes nothing else. */
const WITH_BILLING = edit(
  ACME,
  '          read: Read orders\n',
  '          read: Read orders\n      billing:\n        identifier: https://api.acme.com/billing\n        name: Billing API\n        scopes:\n          read: Read invoices\n          pay: Pay invoices\n',
);

describe('resource-server-removed', () => {
  test('FAIL: a resource server removed: its scopes leave every token, annotated at resourceServers', () => {
    const run = hazardsOf(WITH_BILLING, ACME);
    expect(actionOf(run, 'aws_cognito_resource_server.customers__billing')).toBe('destroy');
    expect(summary(run)).toEqual(['resource-server-removed customers/billing@16:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'resource-server-removed',
      severity: 'warning',
      subject: 'customers/billing',
      path: 'userPools.customers.resourceServers',
    });
    expect(hazard.message).toBe(
      'resource server billing (https://api.acme.com/billing) is removed from pool customers: its scopes (https://api.acme.com/billing/pay, https://api.acme.com/billing/read) leave every token, so APIs that check them reject new tokens',
    );
    expect(hazard.hint).toBe('restore the resource server if an API still checks its scopes');
  });

  test('FAIL: removed from a pool that is replaced: the new pool never gets it, still reported', () => {
    const run = hazardsOf(WITH_BILLING, edit(ACME, 'caseSensitive: false', 'caseSensitive: true'));
    expect(summary(run)).toEqual([
      'pool-replaced customers@10:22',
      'domain-changed customers@14:5',
      'resource-server-removed customers/billing@16:5',
    ]);
  });

  test('PASS: a scope added to a server, or its display name changed: updated in place, nothing removed', () => {
    const run = hazardsOf(
      WITH_BILLING,
      edit(
        edit(WITH_BILLING, 'name: Billing API', 'name: Billing'),
        '          pay: Pay invoices\n',
        '          pay: Pay invoices\n          refund: Refund invoices\n',
      ),
    );
    expect(actionOf(run, 'aws_cognito_resource_server.customers__billing')).toBe('update');
    expect(run.hazards).toEqual([]);
  });
});
