import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-credentials-secret', () => {
  test('accepts client_credentials with generateSecret: true', () => {
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
    `),
    ).toEqual([]);
  });

  test('rejects generateSecret: false at that value, and a missing one at the flow', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
          clients:
            explicit:
              generateSecret: false
              oauth: { flows: [client_credentials], scopes: [api/read] }
            implicit:
              oauth:
                flows: [client_credentials]
                scopes: [api/read]
    `),
    ).toEqual(['client-credentials-secret@11:25', 'client-credentials-secret@15:19']);
  });
});
