import { findings } from '../helpers/validate';
import { IDP } from './fixture';

const stack = (production: string) => `version: 1
stack: s
aws: { region: us-east-1 }
${production}userPools:
  p:
    identityProviders: { Idp: ${IDP} }
    clients:
      web:
        callbackUrls: [https://app.example.com/cb, "http://localhost:3000/cb"]
        logoutUrls: ["http://127.0.0.1/"]
        oauth: { flows: [code], scopes: [openid] }
        identityProviders: [Idp]
`;

describe('callback-localhost-production', () => {
  test('a stack not marked production may call back to localhost', () => {
    expect(findings(stack(''))).toEqual([]);
    expect(findings(stack('production: false\n'))).toEqual([]);
  });

  test('production: each localhost URL, at its item', () => {
    expect(findings(stack('production: true\n'))).toEqual([
      'callback-localhost-production@10:52',
      'callback-localhost-production@11:22',
    ]);
  });

  test('localhost.example.com is not localhost', () => {
    expect(
      findings(
        stack('production: true\n')
          .replace('"http://localhost:3000/cb"', 'https://localhost.example.com/cb')
          .replace('"http://127.0.0.1/"', 'https://app.example.com/'),
      ),
    ).toEqual([]);
  });
});
