import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('scope-unknown', () => {
  test('accepts system scopes and declared resource-server scopes, identifiers with / included', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            orders: { identifier: https://api.acme.com/orders, scopes: { read: Read } }
            plain: { identifier: plain, scopes: { admin: Admin } }
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth:
                flows: [code]
                scopes: [openid, email, phone, profile, aws.cognito.signin.user.admin, https://api.acme.com/orders/read, plain/admin]
    `),
    ).toEqual([]);
  });

  test('rejects an undeclared scope of a declared server, naming its scopes', () => {
    const text = file`
      userPools:
        main:
          resourceServers:
            orders: { identifier: https://api.acme.com/orders, scopes: { read: Read, write: Write } }
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth:
                flows: [code]
                scopes:
                  - openid
                  - https://api.acme.com/orders/delete
    `;
    expect(findings(text)).toEqual(['scope-unknown@17:15']);
    expect(diagnosticsOf(text)[0].message).toContain(
      'has no scope "delete"; it has `read` and `write`',
    );
  });

  test("rejects a scope of another pool's server and a misspelt system scope", () => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth:
                flows: [code]
                scopes:
                  - openId
                  - api/read
        other:
          resourceServers:
            api: { identifier: api, scopes: { read: Read } }
    `;
    expect(findings(text)).toEqual(['scope-unknown@14:15', 'scope-unknown@15:15']);
    const [misspelt, foreign] = diagnosticsOf(text);
    expect(misspelt.hint).toContain('did you mean `openid`?');
    expect(foreign.message).toContain('offer no scopes');
  });

  test('rejects a 51st scope, at that item', () => {
    const names = Array.from({ length: 51 }, (_, i) => `s${i}: d`).join(', ');
    const scopes = Array.from({ length: 51 }, (_, i) => `api/s${i}`).join(', ');
    const text = file`
      userPools:
        main:
          resourceServers:
            api: { identifier: api, scopes: { ${names} } }
          clients:
            worker:
              generateSecret: true
              oauth: { flows: [client_credentials], scopes: [${scopes}] }
    `;
    const line12 = text.split('\n')[11];
    expect(findings(text)).toEqual([`scope-unknown@12:${line12.indexOf('api/s50') + 1}`]);
  });
});
