import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('oidc-endpoints', () => {
  test('accepts no endpoints (discovery), or all four as https URLs', () => {
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
              endpoints:
                authorize: https://idp.example.com/authorize
                token: https://idp.example.com/token
                userInfo: https://idp.example.com/userinfo?schema=openid
                jwks: https://idp.example.com/.well-known/jwks.json
    `),
    ).toEqual([]);
  });

  test('rejects a partial set at the endpoints mapping, naming what is missing', () => {
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
              endpoints:
                authorize: https://idp.example.com/authorize
                token: https://idp.example.com/token
    `;
    expect(findings(text)).toEqual(['oidc-endpoints@15:11']);
    expect(diagnosticsOf(text)[0].message).toContain('`userInfo` and `jwks`');
  });

  test('rejects an endpoint that is not an absolute https URL, at the endpoint', () => {
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
              endpoints:
                authorize: https://idp.example.com/authorize
                token: http://idp.example.com/token
                userInfo: /userinfo
                jwks: https://idp.example.com/jwks#keys
    `),
    ).toEqual(['oidc-endpoints@16:18', 'oidc-endpoints@17:21', 'oidc-endpoints@18:17']);
  });
});
