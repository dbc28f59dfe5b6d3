import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-url', () => {
  test('accepts https, loopback http on any port, and custom schemes', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls:
                - https://app.example.com/auth/callback?x=1
                - http://localhost
                - http://localhost:3000/callback
                - http://127.0.0.1:8080/cb
                - http://[::1]:5000/cb
                - myapp://callback
                - com.example.app:/oauth2redirect
              logoutUrls: [https://app.example.com/]
              defaultRedirectUri: myapp://callback
    `),
    ).toEqual([]);
  });

  test.each([
    ['http://app.example.com/cb', 'other than `localhost`'],
    ['http://localhost.example.com/cb', 'other than `localhost`'],
    ['https://app.example.com/cb#done', 'fragment'],
    ['/auth/callback', 'no scheme'],
    ['app.example.com/cb', 'no scheme'],
    ['https://app.example.com/a b', 'whitespace'],
    ['https:///cb', 'no host'],
  ])('rejects %s, at the item', (url, reason) => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              callbackUrls:
                - https://app.example.com/ok
                - "${url}"
    `;
    expect(findings(text)).toEqual(['client-url@11:13']);
    expect(diagnosticsOf(text)[0].message).toContain(reason);
  });

  test('rejects URLs over 1024 characters', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              logoutUrls: [https://app.example.com/${'p'.repeat(1001)}]
    `),
    ).toEqual(['client-url@9:22']);
  });

  test('checks logout URLs and defaultRedirectUri too', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [http://app.example.com/cb]
              logoutUrls: [http://app.example.com/]
              defaultRedirectUri: http://app.example.com/cb
    `),
    ).toEqual(['client-url@9:24', 'client-url@10:22', 'client-url@11:29']);
  });
});
