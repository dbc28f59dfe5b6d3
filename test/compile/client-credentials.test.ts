import { modelOf, stackOf } from './helpers';
import { yaml } from '../helpers/validate';

/** A pool with one client: the given settings, and a resource server for its scope. */
const withClient = (client: string) => yaml`
  version: 1
  stack: m2m
  aws: { region: us-east-1 }
  userPools:
    p:
      resourceServers:
        api: { identifier: https://api.example.com, scopes: { read: Read } }
      clients:
        c: ${client}
`;

describe('a client_credentials client signs no user in', () => {
  test('by default it gets no user sign-in flow: ALLOW_REFRESH_TOKEN_AUTH only (left empty, Cognito would enable SRP and custom auth)', () => {
    const stack = stackOf(
      withClient(
        '{ generateSecret: true, oauth: { flows: [client_credentials], scopes: [https://api.example.com/read] } }',
      ),
    );
    expect(stack.resource.aws_cognito_user_pool_client.p__c.explicit_auth_flows).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
  });

  test('flows the file lists are kept as written', () => {
    const model = modelOf(
      withClient(
        '{ generateSecret: true, authFlows: [admin-user-password], oauth: { flows: [client_credentials], scopes: [https://api.example.com/read] } }',
      ),
    );
    expect(model.pools[0].clients[0].explicitAuthFlows).toEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH']);
  });

  test('a client with user sign-in keeps the default SRP and refresh flows', () => {
    const model = modelOf(
      withClient(
        '{ callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [COGNITO] }',
      ),
    );
    expect(model.pools[0].clients[0].explicitAuthFlows).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    const direct = modelOf(withClient('{ name: sdk-only }'));
    expect(direct.pools[0].clients[0].explicitAuthFlows).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
  });
});
