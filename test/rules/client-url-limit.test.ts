import { findings } from '../helpers/validate';
import { file } from './fixture';

const urls = (n: number) =>
  `[${Array.from({ length: n }, (_, i) => `https://app${i}.example.com/`).join(', ')}]`;

describe('client-url-limit', () => {
  test('accepts 100 callback and 100 logout URLs', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: ${urls(100)}
              logoutUrls: ${urls(100)}
    `),
    ).toEqual([]);
  });

  test('rejects a 101st URL, at that item', () => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: ${urls(101)}
              logoutUrls: ${urls(101)}
    `;
    const col = (line: number) => text.split('\n')[line - 1].indexOf('https://app100.') + 1;
    expect(findings(text)).toEqual([
      `client-url-limit@9:${col(9)}`,
      `client-url-limit@10:${col(10)}`,
    ]);
  });
});
