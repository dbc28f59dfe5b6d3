import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('scope-openid-required', () => {
  test('accepts email, phone and profile with openid, and openid alone', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth: { flows: [code], scopes: [profile, phone, email, openid] }
            admin:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth: { flows: [code], scopes: [aws.cognito.signin.user.admin] }
    `),
    ).toEqual([]);
  });

  test('rejects email without openid, at the scopes list', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth:
                flows: [code]
                scopes: [email, profile]
    `),
    ).toEqual(['scope-openid-required@13:19']);
  });
});
