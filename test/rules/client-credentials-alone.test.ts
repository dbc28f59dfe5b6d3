import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-credentials-alone', () => {
  test('accepts client_credentials alone, and code with implicit', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
          clients:
            worker:
              generateSecret: true
              oauth: { flows: [client_credentials], scopes: [api/read] }
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth: { flows: [code, implicit], scopes: [openid] }
    `),
    ).toEqual([]);
  });

  test('rejects client_credentials with code, at the client_credentials item', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
          clients:
            worker:
              generateSecret: true
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth:
                flows: [code, client_credentials]
                scopes: [api/read]
    `),
    ).toEqual(['client-credentials-alone@15:25']);
  });
});
