import { findings } from '../helpers/validate';
import { file } from './fixture';

const idp = (secret: string) =>
  `{ type: oidc, issuer: https://idp.example.com, clientId: abc, clientSecret: ${secret}, scopes: [openid] }`;

describe('secret-reference-empty', () => {
  test('accepts named references', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A: ${idp('{ ssm: /acme/okta/secret }')}
            B: ${idp('{ secretsManager: acme/auth0 }')}
            C: ${idp('{ secretsManager: "arn:aws:secretsmanager:us-east-1:111122223333:secret:acme-AbCdEf", key: client_secret }')}
    `),
    ).toEqual([]);
  });

  test('rejects an empty ssm name, secret id or key, at the value', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { ssm: "" }
              scopes: [openid]
            B:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { secretsManager: " ", key: "" }
              scopes: [openid]
    `),
    ).toEqual([
      'secret-reference-empty@12:30',
      'secret-reference-empty@18:41',
      'secret-reference-empty@18:51',
    ]);
  });
});
