import { findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('idp-name-reserved', () => {
  test('accepts names that merely contain a reserved word', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            GoogleWorkspace: ${IDP}
            CognitoLegacy: ${IDP}
    `),
    ).toEqual([]);
  });

  test('rejects COGNITO and the social provider types, in any case, at the key', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            COGNITO: ${IDP}
            cognito: ${IDP}
            Google: ${IDP}
            facebook: ${IDP}
            LOGINWITHAMAZON: ${IDP}
            SignInWithApple: ${IDP}
    `),
    ).toEqual([
      'idp-name-reserved@8:7',
      'idp-name-reserved@9:7',
      'idp-name-reserved@10:7',
      'idp-name-reserved@11:7',
      'idp-name-reserved@12:7',
      'idp-name-reserved@13:7',
    ]);
  });
});
