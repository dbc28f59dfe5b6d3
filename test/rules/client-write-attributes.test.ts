import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-write-attributes', () => {
  test('accepts writeAttributes that cover every mapped attribute, or no writeAttributes', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string }
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping: { username: sub, email: email, custom:tenant_id: org }
          clients:
            web:
              identityProviders: [Idp, COGNITO]
              writeAttributes: [email, custom:tenant_id, name]
            all:
              identityProviders: [Idp]
            local:
              identityProviders: [COGNITO]
              writeAttributes: [name]
    `),
    ).toEqual([]);
  });

  test('rejects writeAttributes missing a mapped attribute, naming it and the provider', () => {
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
              attributeMapping: { email: email, given_name: given_name }
          clients:
            web:
              identityProviders: [Idp]
              writeAttributes: [email]
    `;
    expect(findings(text)).toEqual(['client-write-attributes@18:26']);
    expect(diagnosticsOf(text)[0].message).toContain('provider `Idp` maps `given_name`');
  });
});
