import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('resource-server-duplicate', () => {
  test('accepts distinct identifiers, and one identifier in two pools', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            orders: { identifier: https://api.acme.com/orders }
            billing: { identifier: https://api.acme.com/billing }
        other:
          resourceServers:
            orders: { identifier: https://api.acme.com/orders }
    `),
    ).toEqual([]);
  });

  test('rejects the later server with the same identifier, naming the first', () => {
    const text = file`
      userPools:
        main:
          resourceServers:
            orders:
              identifier: https://api.acme.com/orders
            orders-v2:
              identifier: https://api.acme.com/orders
    `;
    expect(findings(text)).toEqual(['resource-server-duplicate@11:21']);
    expect(diagnosticsOf(text)[0].message).toContain('`orders`');
  });
});
