import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-credentials-scopes', () => {
  test('accepts resource-server scopes', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: https://api.example.com, scopes: { read: Read, write: Write } }
          clients:
            worker:
              generateSecret: true
              oauth: { flows: [client_credentials], scopes: [https://api.example.com/read, https://api.example.com/write] }
    `),
    ).toEqual([]);
  });

  test('rejects no scopes, at the oauth mapping, and an empty list, at the list', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            none:
              generateSecret: true
              oauth:
                flows: [client_credentials]
            empty:
              generateSecret: true
              oauth:
                flows: [client_credentials]
                scopes: []
    `),
    ).toEqual(['client-credentials-scopes@11:11', 'client-credentials-scopes@16:19']);
  });

  test('rejects user scopes, at each item', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
          clients:
            worker:
              generateSecret: true
              oauth:
                flows: [client_credentials]
                scopes:
                  - api/read
                  - openid
                  - aws.cognito.signin.user.admin
    `),
    ).toEqual(['client-credentials-scopes@16:15', 'client-credentials-scopes@17:15']);
  });
});
