import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('idp-identifier-duplicate', () => {
  test('accepts distinct identifiers, and the same identifier in different pools', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A: { type: oidc, issuer: https://a.example.com, clientId: a, clientSecret: { variable: a }, scopes: [openid], identifiers: [a.com, b.com] }
            B: { type: oidc, issuer: https://b.example.com, clientId: b, clientSecret: { variable: b }, scopes: [openid], identifiers: [c.com] }
        other:
          identityProviders:
            A: { type: oidc, issuer: https://a.example.com, clientId: a, clientSecret: { variable: a }, scopes: [openid], identifiers: [a.com] }
    `),
    ).toEqual([]);
  });

  test('rejects the later duplicate across providers, ignoring case, naming the first provider', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            A:
              type: oidc
              issuer: https://a.example.com
              clientId: a
              clientSecret: { variable: a }
              scopes: [openid]
              identifiers: [acme.com]
            B:
              type: oidc
              issuer: https://b.example.com
              clientId: b
              clientSecret: { variable: b }
              scopes: [openid]
              identifiers: [other.com, ACME.com]
    `;
    expect(findings(text)).toEqual(['idp-identifier-duplicate@21:34']);
    expect(diagnosticsOf(text)[0].message).toContain('provider `A`');
  });

  test('rejects a case variant within one provider', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            A:
              type: oidc
              issuer: https://a.example.com
              clientId: a
              clientSecret: { variable: a }
              scopes: [openid]
              identifiers:
                - acme.com
                - Acme.com
    `;
    expect(findings(text)).toEqual(['idp-identifier-duplicate@16:13']);
    expect(diagnosticsOf(text)[0].message).toContain('earlier in this provider');
  });
});
