import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-default-redirect', () => {
  test('accepts a default redirect that is one of the callback URLs', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://a.example.com/cb, https://b.example.com/cb]
              defaultRedirectUri: https://b.example.com/cb
    `),
    ).toEqual([]);
  });

  test('rejects one that is not, even if it differs only by a trailing slash', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://a.example.com/cb]
              defaultRedirectUri: https://a.example.com/cb/
            other:
              defaultRedirectUri: https://a.example.com/cb
    `),
    ).toEqual(['client-default-redirect@10:29', 'client-default-redirect@12:29']);
  });
});
