import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('resource-server', () => {
  test('accepts URL and plain identifiers, names and scopes within the limits', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            orders:
              identifier: https://api.acme.com/orders
              name: Orders API, v2 beta=+@.
              scopes:
                read: Read orders
                orders.write-all_v2: ${'d'.repeat(256)}
            data:
              identifier: solar-system-data
    `),
    ).toEqual([]);
  });

  test('rejects identifiers with space, quote or backslash, and empty or over 256 characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            a: { identifier: "orders api" }
            b: { identifier: "orders\\"api" }
            c: { identifier: "orders\\\\api" }
            d: { identifier: "" }
            e: { identifier: ${'i'.repeat(257)} }
    `),
    ).toEqual([
      'resource-server@8:24',
      'resource-server@9:24',
      'resource-server@10:24',
      'resource-server@11:24',
      'resource-server@12:24',
    ]);
  });

  test('rejects a name with other characters, at the name', () => {
    const text = file`
      userPools:
        main:
          resourceServers:
            orders:
              identifier: orders
              name: Orders/API
    `;
    expect(findings(text)).toEqual(['resource-server@10:15']);
    expect(diagnosticsOf(text)[0].message).toContain('`/`');
  });

  test('rejects scope names with / or space at the key, and empty descriptions at the value', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            orders:
              identifier: orders
              scopes:
                orders/read: Read
                "read all": Read all
                write: ""
    `),
    ).toEqual(['resource-server@11:11', 'resource-server@12:11', 'resource-server@13:18']);
  });

  test('rejects a scope whose <identifier>/<scope> exceeds 256 characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            orders:
              identifier: ${'i'.repeat(200)}
              scopes:
                ${'s'.repeat(55)}: fits exactly
                ${'s'.repeat(56)}: one too many
    `),
    ).toEqual(['resource-server@12:11']);
  });

  test('rejects a 101st scope, at its key', () => {
    const scopes = Array.from({ length: 101 }, (_, i) => `s${i}: d`).join(', ');
    const text = file`
      userPools:
        main:
          resourceServers:
            orders: { identifier: orders, scopes: { ${scopes} } }
    `;
    const line8 = text.split('\n')[7];
    expect(findings(text)).toEqual([`resource-server@8:${line8.indexOf('s100:') + 1}`]);
  });
});
