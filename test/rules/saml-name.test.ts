import { findings } from '../helpers/validate';
import { file, SAML_URL_IDP } from './fixture';

describe('saml-name', () => {
  test('PASS: 3 characters or more', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Sso: ${SAML_URL_IDP}
    `),
    ).toEqual([]);
  });

  test.each(['S', 'Ok'])('FAIL: %s is too short, at the key', (name) => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            ${name}: ${SAML_URL_IDP}
    `),
    ).toEqual(['saml-name@8:7']);
  });
});
