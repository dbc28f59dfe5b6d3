import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const domains = (n: number) =>
  `[${Array.from({ length: n }, (_, i) => `d${i}.example.com`).join(', ')}]`;

describe('idp-identifiers', () => {
  test('accepts 50 identifiers of 1-40 allowed characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              identifiers: ${domains(50)}
            Other:
              type: oidc
              issuer: https://other.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              identifiers: [a, "${'x'.repeat(40)}", "user+tag=1@corp-x.example_2 y"]
    `),
    ).toEqual([]);
  });

  test('rejects a 51st identifier, at that item', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              identifiers: ${domains(51)}
    `;
    const line14 = text.split('\n')[13];
    expect(findings(text)).toEqual([`idp-identifiers@14:${line14.indexOf('d50.example.com') + 1}`]);
    expect(diagnosticsOf(text)[0].message).toContain('received 51');
  });

  test('rejects an empty identifier, 41 characters and other characters, at the item', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              identifiers:
                - ""
                - ${'x'.repeat(41)}
                - example.com/sso
                - ok.example.com
    `;
    expect(findings(text)).toEqual([
      'idp-identifiers@15:13',
      'idp-identifiers@16:13',
      'idp-identifiers@17:13',
    ]);
    expect(diagnosticsOf(text)[2].message).toContain('`/`');
  });
});
