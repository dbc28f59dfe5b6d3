import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const apple = (teamId: string, keyId: string) => file`
  userPools:
    main:
      identityProviders:
        SignInWithApple:
          type: apple
          clientId: com.example.signin
          teamId: "${teamId}"
          keyId: "${keyId}"
          privateKey: { variable: apple_key }
          scopes: [email]
`;

describe('apple-ids', () => {
  test('PASS: 10 upper-case letters and digits each', () => {
    expect(findings(apple('7XK2M9Q4RW', '3HJ8P5T2VN'))).toEqual([]);
  });

  test('FAIL: a team id of the wrong length and a lower-case key id, each at its value', () => {
    const text = apple('7XK2M9Q4R', '3hj8p5t2vn');
    expect(findings(text)).toEqual(['apple-ids@11:17', 'apple-ids@12:16']);
    expect(diagnosticsOf(text)[0].message).toContain(
      'an Apple Team ID is 10 upper-case letters and digits',
    );
  });
});
