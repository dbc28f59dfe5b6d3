import { diagnosticsOf, findings } from '../helpers/validate';
import { AMAZON_IDP, APPLE_IDP, FACEBOOK_IDP, file, GOOGLE_IDP, IDP } from './fixture';

describe('idp-name-social', () => {
  test('PASS: each social type under the name Cognito requires', () => {
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

  test.each([
    ['google', GOOGLE_IDP, 'Google'],
    ['MyGoogle', GOOGLE_IDP, 'Google'],
    ['Apple', APPLE_IDP, 'SignInWithApple'],
    ['Amazon', AMAZON_IDP, 'LoginWithAmazon'],
    ['facebook', FACEBOOK_IDP, 'Facebook'],
  ])('FAIL: %s, at the key', (name, provider, required) => {
    const text = file`
      userPools:
        main:
          identityProviders:
            ${name}: ${provider}
    `;
    expect(findings(text)).toEqual(['idp-name-social@8:7']);
    expect(diagnosticsOf(text)[0].message).toContain(`must be named \`${required}\``);
  });

  test('PASS: an OIDC provider may have any valid name (idp-name-reserved guards the social names)', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            AcmeIdp: ${IDP}
    `),
    ).toEqual([]);
  });
});
