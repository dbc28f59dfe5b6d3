import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-oauth-providers', () => {
  test('accepts code with a provider, and no flows without one', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: [COGNITO]
              oauth: { flows: [code] }
            native:
              authFlows: [user-srp, refresh-token]
    `),
    ).toEqual([]);
  });

  test('rejects code without providers, at oauth.flows, saying the rule is inferred', () => {
    const text = file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              oauth:
                flows: [code]
    `;
    expect(findings(text)).toEqual(['client-oauth-providers@11:18']);
    expect(diagnosticsOf(text)[0].message).toContain('does not document');
  });

  test('rejects implicit with an empty provider list, at the list', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              identityProviders: []
              oauth: { flows: [implicit] }
    `),
    ).toEqual(['client-oauth-providers@10:28']);
  });
});
