import { diagnosticsOf, findings, yaml } from '../helpers/validate';
import { file } from './fixture';

describe('pool-name', () => {
  test('accepts letters, digits, spaces and _+=,.@- up to 128 characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          name: Acme Customers_2 +=,.@-
        other:
          name: ${'n'.repeat(128)}
    `),
    ).toEqual([]);
  });

  test('rejects other characters, naming the first', () => {
    const text = file`
      userPools:
        main:
          name: acme/customers
    `;
    expect(findings(text)).toEqual(['pool-name@7:11']);
    expect(diagnosticsOf(text)[0].message).toContain('`/`');
  });

  test('rejects an empty name and one over 128 characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          name: ""
        other:
          name: ${'n'.repeat(129)}
    `),
    ).toEqual(['pool-name@7:11', 'pool-name@9:11']);
  });

  test('checks the default name <stack>-<id> too, at the pool key', () => {
    // 63-character stack + "-" + 64-character id = 128: the longest default that fits.
    const stack = `s${'t'.repeat(62)}`;
    const fits = `p${'o'.repeat(63)}`;
    expect(
      findings(yaml`
      version: 1
      stack: ${stack}
      aws: { region: us-east-1 }
      userPools:
        ${fits}: {}
    `),
    ).toEqual([]);
    expect(
      findings(yaml`
      version: 1
      stack: ${stack}
      aws: { region: us-east-1 }
      userPools:
        ${fits}:
          name: short
        ${fits.slice(0, -1)}xy: {}
    `),
    ).toEqual(['id-format@7:3', 'pool-name@7:3']);
  });
});
