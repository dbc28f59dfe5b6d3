import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const provider = (issuer: string) =>
  `{ type: oidc, issuer: "${issuer}", clientId: abc, clientSecret: { variable: s }, scopes: [openid] }`;

describe('oidc-issuer', () => {
  test('accepts absolute https URLs, with a path or port 443', () => {
    for (const issuer of [
      'https://acme.okta.com',
      'https://initech.eu.auth0.com',
      'https://login.example.com/realms/acme',
      'https://idp.example.com:443/x',
    ]) {
      expect(
        findings(file`
        userPools:
          main:
            identityProviders:
              Idp: ${provider(issuer)}
      `),
      ).toEqual([]);
    }
  });

  test.each([
    ['http://idp.example.com', 'instead of `https:`'],
    ['idp.example.com', 'not an absolute URL'],
    ['https:idp.example.com', '`https://<host>'],
    ['https://idp.example.com?tenant=1', 'query'],
    ['https://idp.example.com/#x', 'fragment'],
    ['https://idp.example.com:8443', 'port 8443'],
    ['https://idp.example .com', 'whitespace'],
  ])('rejects %s, at the issuer', (issuer, reason) => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: "${issuer}"
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
    `;
    expect(findings(text)).toEqual(['oidc-issuer@10:17']);
    expect(diagnosticsOf(text)[0].message).toContain(reason);
  });

  test('leaves a URL with a password to url-userinfo, and never shows the password', () => {
    const [d, ...rest] = diagnosticsOf(file`
      userPools:
        main:
          identityProviders:
            Idp: ${provider('http://user:hunter2@idp.example.com')}
    `);
    expect(rest).toEqual([]);
    expect(d.code).toBe('url-userinfo');
    expect(JSON.stringify(d)).not.toContain('hunter2');
  });

  test('leaves a placeholder to oidc-issuer-value', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Idp: ${provider('https://<tenant>.auth0.com')}
    `),
    ).toEqual(['oidc-issuer-value@8:34']);
  });
});
