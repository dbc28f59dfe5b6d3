import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-callback-required', () => {
  test('accepts code and implicit with a callback URL, and client_credentials without', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth: { flows: [code, implicit], scopes: [openid] }
            worker:
              generateSecret: true
              oauth: { flows: [client_credentials], scopes: [api/read] }
    `),
    ).toEqual([]);
  });

  test('rejects code without callback URLs, at oauth.flows', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              identityProviders: [COGNITO]
              oauth:
                flows: [code]
    `),
    ).toEqual(['client-callback-required@11:18']);
  });

  test('rejects implicit with an empty callback list, at the list', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              identityProviders: [COGNITO]
              callbackUrls: []
              oauth: { flows: [implicit] }
    `),
    ).toEqual(['client-callback-required@10:23']);
  });
});
