import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const OLD = 'aws_cognito_resource_server.customers__orders';
const NEW = 'aws_cognito_resource_server.customers__orders-api';

describe('resource-server-renamed', () => {
  test('FAIL: a new key with the same identifier: a create and a destroy of one AWS resource server, annotated at the new key', () => {
    const run = hazardsOf(
      ACME,
      edit(ACME, '      orders:\n        identifier:', '      orders-api:\n        identifier:'),
    );
    expect(actionOf(run, OLD)).toBe('destroy');
    expect(actionOf(run, NEW)).toBe('create');
    expect(summary(run)).toEqual(['resource-server-renamed customers/orders@17:7']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'resource-server-renamed',
      severity: 'blocking',
      subject: 'customers/orders',
      path: 'userPools.customers.resourceServers.orders-api',
    });
    expect(hazard.message).toBe(
      'resource server key renamed from orders to orders-api in pool customers, with the same identifier https://api.acme.com/orders: the key names the Terraform address, so Terraform creates aws_cognito_resource_server.customers__orders-api and destroys aws_cognito_resource_server.customers__orders, which are one AWS resource server (id <user pool id>|https://api.acme.com/orders): either the create fails on the identifier that still exists, or the destroy deletes the server the new address has just taken, and its scopes (https://api.acme.com/orders/read) leave every token until another apply creates it again',
    );
    expect(hazard.hint).toContain('keep the key orders');
    expect(hazard.hint).toContain('--accept resource-server-renamed');
  });

  test('PASS: a new key with a new identifier is a removal and an addition (resource-server-removed), no race', () => {
    const head = edit(
      edit(ACME, '      orders:\n        identifier:', '      orders-api:\n        identifier:'),
      'https://api.acme.com/orders',
      'https://orders.acme.com',
    );
    const run = hazardsOf(ACME, head);
    expect(only(run, 'resource-server-renamed')).toEqual([]);
    expect(summary(run)).toEqual(['resource-server-removed customers/orders@16:5']);
  });

  test('PASS: the key renamed in a pool that is replaced: the new server lives in the new pool, under another AWS id', () => {
    const head = edit(
      edit(ACME, '      orders:\n        identifier:', '      orders-api:\n        identifier:'),
      'caseSensitive: false',
      'caseSensitive: true',
    );
    const run = hazardsOf(ACME, head);
    expect(only(run, 'resource-server-renamed')).toEqual([]);
    expect(only(run, 'resource-server-removed')).toEqual([]);
    expect(only(run, 'pool-replaced')).toHaveLength(1);
  });
});
