import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('id-format', () => {
  test('accepts ids of lower-case letters, digits, single underscores and hyphens', () => {
    expect(
      findings(file`
      userPools:
        customers_2-eu:
          resourceServers:
            orders-api: { identifier: orders }
          clients:
            web_app: {}
    `),
    ).toEqual([]);
  });

  test('rejects upper case, a leading digit and other characters, at the key', () => {
    expect(
      findings(file`
      userPools:
        Customers:
          resourceServers:
            1orders: { identifier: orders }
          clients:
            web.app: {}
    `),
    ).toEqual(['id-format@6:3', 'id-format@8:7', 'id-format@10:7']);
  });

  test('suggests a valid id', () => {
    const [d] = diagnosticsOf(file`
      userPools:
        Customers EU: {}
    `);
    expect(d.hint).toContain('`customers-eu`');
  });

  test('rejects a double underscore, saying why', () => {
    const text = file`
      userPools:
        main:
          clients:
            web__app: {}
    `;
    expect(findings(text)).toEqual(['id-format@8:7']);
    expect(diagnosticsOf(text)[0].message).toContain('Terraform addresses');
  });

  test('rejects ids over 64 characters', () => {
    const ok = `a${'b'.repeat(63)}`;
    expect(
      findings(file`
      userPools:
        main:
          clients:
            ${ok}: {}
            ${ok}c: {}
    `),
    ).toEqual(['id-format@9:7']);
  });
});
