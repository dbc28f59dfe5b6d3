import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const provider = (issuer: string) => `{ type: oidc, issuer: "${issuer}", clientId: abc, clientSecret: { variable: s }, scopes: [openid] }`;

describe('oidc-issuer', () => {
  test('accepts absolute https URLs, with a path, a trailing slash or port 443', () => {
    for (const issuer of ['https://acme.okta.com', 'https://initech.eu.auth0.com/', 'https://login.example.com/realms/acme', 'https://idp.example.com:443/x']) {
      expect(findings(file`
        userPools:
          main:
            identityProviders:
              Idp: ${provider(issuer)}
      `)).toEqual([]);
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

  test('never shows a password written into the URL', () => {
    const [d] = diagnosticsOf(file`
      userPools:
        main:
          identityProviders:
            Idp: ${provider('https://user:hunter2@idp.example.com')}
    `);
    expect(d.code).toBe('oidc-issuer');
    expect(d.message).not.toContain('hunter2');
  });
});
