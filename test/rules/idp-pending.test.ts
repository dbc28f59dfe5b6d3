import { findings } from '../helpers/validate';
import { file, IDP } from './fixture';

const pool = (providers: string) => file`
  userPools:
    main:
      domain: { prefix: acme-test }
      identityProviders:
        Later: { type: saml, pending: true }
        Now: ${IDP}
      clients:
        web:
          callbackUrls: [https://app.example.com/cb]
          oauth: { flows: [code], scopes: [openid] }
          identityProviders: ${providers}
`;

describe('idp-pending', () => {
  test('PASS: a pending provider no client lists', () => {
    expect(findings(pool('[Now, COGNITO]'))).toEqual([]);
  });

  test('FAIL: a client lists the pending provider, at the item', () => {
    expect(findings(pool('[Now, Later]'))).toEqual(['idp-pending@15:34']);
  });
});
