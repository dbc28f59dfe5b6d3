import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const idp = (variable: string) =>
  `{ type: oidc, issuer: https://idp.example.com, clientId: abc, clientSecret: { variable: "${variable}" }, scopes: [openid] }`;

describe('secret-variable-name', () => {
  test('accepts Terraform identifiers', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A: ${idp('okta_client_secret')}
            B: ${idp('_private')}
            C: ${idp('Auth0_Secret2')}
    `),
    ).toEqual([]);
  });

  test('rejects a hyphen: TF_VAR_<name> could not be exported from a shell', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A: ${idp('auth0-secret')}
    `),
    ).toEqual(['secret-variable-name@8:98']);
  });

  test('rejects other values without echoing them', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            A:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: "s3cr3t!Value" }
              scopes: [openid]
    `;
    expect(findings(text)).toEqual(['secret-variable-name@12:35']);
    const [d] = diagnosticsOf(text);
    expect(`${d.message} ${d.hint}`).not.toContain('s3cr3t');
  });

  test('rejects a leading digit, an empty name and a reserved name', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            A:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: 1secret }
              scopes: [openid]
            B:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: "" }
              scopes: [openid]
            C:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: count }
              scopes: [openid]
    `),
    ).toEqual([
      'secret-variable-name@12:35',
      'secret-variable-name@18:35',
      'secret-variable-name@24:35',
    ]);
  });
});
