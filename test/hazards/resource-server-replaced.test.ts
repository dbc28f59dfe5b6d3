import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, summary } from './helpers';

const ORDERS = 'aws_cognito_resource_server.customers__orders';

describe('resource-server-replaced', () => {
  test('FAIL: a new identifier replaces the resource server, annotated at the identifier', () => {
    // Every use of the identifier follows (the clients' scopes), as a real edit would.
    const run = hazardsOf(
      ACME,
      edit(ACME, 'https://api.acme.com/orders', 'https://orders.acme.com'),
    );
    expect(actionOf(run, ORDERS)).toBe('replace');
    expect(summary(run)).toEqual(['resource-server-replaced customers/orders@18:21']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'resource-server-replaced',
      severity: 'warning',
      path: 'userPools.customers.resourceServers.orders.identifier',
    });
    expect(hazard.message).toContain(
      'resource server orders in pool customers is replaced (identifier https://api.acme.com/orders → https://orders.acme.com)',
    );
    expect(hazard.message).toContain('APIs that check the old names reject new tokens');
  });

  test('PASS: a new display name updates the resource server in place', () => {
    const run = hazardsOf(ACME, edit(ACME, 'name: Orders API', 'name: Orders'));
    expect(actionOf(run, ORDERS)).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('PASS: a scope added updates it in place', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        '          read: Read orders\n',
        '          read: Read orders\n          write: Change orders\n',
      ),
    );
    expect(actionOf(run, ORDERS)).toBe('update');
    expect(run.hazards).toEqual([]);
  });
});
