import { diagnosticsOf, findings } from '../helpers/validate';
import { AMAZON_IDP, APPLE_IDP, FACEBOOK_IDP, file, GOOGLE_IDP } from './fixture';

const apple = (scopes: string) => file`
  userPools:
    main:
      identityProviders:
        SignInWithApple:
          type: apple
          clientId: com.example.signin
          teamId: ABCDE12345
          keyId: KEY1234567
          privateKey: { variable: apple_key }
          scopes: ${scopes}
`;

describe('social-scopes', () => {
  test('PASS: the four types with their usual scopes', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Google: ${GOOGLE_IDP}
            Facebook: ${FACEBOOK_IDP}
            SignInWithApple: ${APPLE_IDP}
            LoginWithAmazon: ${AMAZON_IDP}
    `),
    ).toEqual([]);
  });

  test('FAIL: no scopes, at the list', () => {
    expect(findings(apple('[]'))).toEqual(['social-scopes@14:17']);
  });

  test('FAIL: Apple scopes other than email and name, at the item', () => {
    const text = apple('[email, openid]');
    expect(findings(text)).toEqual(['social-scopes@14:25']);
    expect(diagnosticsOf(text)[0].message).toContain(
      'Sign in with Apple has the scopes `email` and `name` only',
    );
  });

  test('FAIL: a scope holding a comma or a space (Facebook joins with commas), at the item', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Facebook:
              type: facebook
              clientId: "123"
              clientSecret: { ssm: /fb }
              scopes: ["public_profile,email"]
    `;
    expect(findings(text)).toEqual(['social-scopes@12:18']);
    expect(diagnosticsOf(text)[0].message).toContain('joins them with commas');
  });
});
