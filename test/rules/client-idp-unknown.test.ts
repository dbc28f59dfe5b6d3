import { diagnosticsOf, findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('client-idp-unknown', () => {
  test('accepts COGNITO and the providers of the same pool', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Okta: ${IDP}
          clients:
            web: { identityProviders: [COGNITO, Okta] }
    `),
    ).toEqual([]);
  });

  test('rejects Cognito, suggesting COGNITO, at the item', () => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              identityProviders: [Cognito]
    `;
    expect(findings(text)).toEqual(['client-idp-unknown@9:29']);
    expect(diagnosticsOf(text)[0].hint).toContain('did you mean `COGNITO`?');
  });

  test("rejects a provider of another pool and a misspelt one, naming the pool's providers", () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Okta: ${IDP}
          clients:
            web:
              identityProviders:
                - Auth0
                - okta
        other:
          identityProviders:
            Auth0: ${IDP}
    `;
    expect(findings(text)).toEqual(['client-idp-unknown@12:13', 'client-idp-unknown@13:13']);
    const [first, second] = diagnosticsOf(text);
    expect(first.message).toContain('pool `main` (`Okta`)');
    expect(second.hint).toContain('did you mean `Okta`?');
  });
});
