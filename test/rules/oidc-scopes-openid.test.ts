import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('oidc-scopes-openid', () => {
  test('accepts scopes that include openid, in any position', () => {
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
              scopes: [email, openid, aws:customclaim]
    `),
    ).toEqual([]);
  });

  test('rejects scopes without openid, at the list', () => {
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
              scopes: [email, profile]
    `),
    ).toEqual(['oidc-scopes-openid@13:17']);
  });

  test('rejects an empty scope and one holding a space, at the item', () => {
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
              scopes:
                - openid
                - ""
                - email profile
    `),
    ).toEqual(['oidc-scopes-openid@15:13', 'oidc-scopes-openid@16:13']);
  });
});
