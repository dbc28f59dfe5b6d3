import { diagnosticsOf, findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('renamed-from', () => {
  test('a pool, client and resource server renamed from their old keys', () => {
    expect(
      findings(file`
      userPools:
        users:
          renamedFrom: customers
          resourceServers:
            api: { renamedFrom: orders, identifier: https://api.example.com }
          clients:
            app: { renamedFrom: web }
    `),
    ).toEqual([]);
  });

  test('its own key, another key, a claimed key, a malformed id', () => {
    expect(
      findings(file`
      userPools:
        a: { renamedFrom: a }
        b: { renamedFrom: a }
        c: { renamedFrom: old }
        d: { renamedFrom: old }
        e: { renamedFrom: Old__x }
    `),
    ).toEqual([
      'renamed-from@6:21',
      'renamed-from@7:21',
      'renamed-from@9:21',
      'renamed-from@10:21',
    ]);
  });

  test('a provider: refused, saying why', () => {
    const text = file`
      userPools:
        p:
          identityProviders:
            New: ${IDP.replace('type: oidc', 'type: oidc, renamedFrom: Old')}
    `;
    expect(findings(text)).toEqual(['renamed-from@8:39']);
    expect(diagnosticsOf(text)[0].message).toContain('forces replacement');
  });
});
