import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

/**
 * Each way of writing a user name or password into a URL; the WHATWG parser
 * sees some, the raw-text reading the others. The password is `hunter2` in all.
 */
const VARIANTS = [
  'https://user:hunter2@app.example.com/cb',
  'https://hunter2@app.example.com/cb',
  ' https://user:hunter2@app.example.com/cb',
  'https:/user:hunter2@app.example.com/cb',
  'https:user:hunter2@app.example.com/cb',
  'https:\\\\user:hunter2@app.example.com/cb',
  'HTTPS://user:hunter2@app.example.com/cb',
  'https://a@user:hunter2@app.example.com/cb',
  'https://user:hunter2%40x@app.example.com/cb',
  'https://user%3Ahunter2%40app.example.com/cb',
  'https://user:hunter2\uFF20app.example.com/cb',
  'http://user:hunter2@localhost:3000/cb',
  'myapp://user:hunter2@callback',
];

describe('url-userinfo', () => {
  test('accepts URLs without userinfo, @ in a path, and URNs', () => {
    expect(
      findings(file`
      userPools:
        main:
          resourceServers:
            api: { identifier: "urn:acme:orders@v2", scopes: { read: Read } }
          clients:
            web:
              callbackUrls: [https://app.example.com/@me/cb, myapp:/cb@x]
              oauth: { flows: [code], scopes: [openid, urn:acme:orders@v2/read] }
              identityProviders: [COGNITO]
    `),
    ).toEqual([]);
  });

  test.each(VARIANTS)('rejects %j as a callback URL, only once, without showing it', (url) => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              callbackUrls:
                - ${JSON.stringify(url)}
    `;
    expect(findings(text)).toEqual(['url-userinfo@10:13']);
    expect(JSON.stringify(diagnosticsOf(text))).not.toMatch(/hunter2/i);
  });

  test('every place a URL is accepted, also in a file with shape errors elsewhere', () => {
    const url = '"https://user:hunter2@idp.example.com/x"';
    const text = file`
      $schema: ${url}
      userPools:
        main:
          deletionProtection: "not a boolean"
          resourceServers:
            api: { identifier: ${url} }
          identityProviders:
            Idp:
              type: oidc
              issuer: ${url}
              clientId: a
              clientSecret: { variable: s }
              scopes: [openid]
              endpoints: { authorize: ${url}, token: ${url}, userInfo: ${url}, jwks: ${url} }
          clients:
            web:
              callbackUrls: [${url}]
              logoutUrls: [${url}]
              defaultRedirectUri: ${url}
              oauth: { flows: [code], scopes: [${url}] }
              identityProviders: [COGNITO]
    `;
    const userinfo = diagnosticsOf(text)
      .filter((d) => d.code === 'url-userinfo')
      .map((d) => d.pointer);
    expect(userinfo).toEqual([
      '$schema',
      'userPools.main.resourceServers.api.identifier',
      'userPools.main.identityProviders.Idp.issuer',
      'userPools.main.identityProviders.Idp.endpoints.authorize',
      'userPools.main.identityProviders.Idp.endpoints.token',
      'userPools.main.identityProviders.Idp.endpoints.userInfo',
      'userPools.main.identityProviders.Idp.endpoints.jwks',
      'userPools.main.clients.web.callbackUrls.0',
      'userPools.main.clients.web.logoutUrls.0',
      'userPools.main.clients.web.defaultRedirectUri',
      'userPools.main.clients.web.oauth.scopes.0',
    ]);
    expect(findings(text)).toContain('schema-type@8:25');
    expect(JSON.stringify(diagnosticsOf(text))).not.toContain('hunter2');
  });
});
