import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

/** A provider whose issuer is on line 10, column 17. */
const withIssuer = (issuer: string) => file`
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

describe('oidc-issuer-value', () => {
  test('accepts issuers as discovery documents state them', () => {
    for (const issuer of [
      'https://acme.okta.com',
      'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
      'https://kc.example.com/realms/ACME_PROD',
      'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz',
      'https://your.idp.example.com',
    ]) {
      expect(findings(withIssuer(issuer))).toEqual([]);
    }
  });

  test.each([
    [
      'https://acme.okta.com/.well-known/openid-configuration',
      'discovery document',
      '"https://acme.okta.com"',
    ],
    [
      'https://login.example.com/realms/acme/.well-known/openid-configuration/',
      'discovery document',
      '"https://login.example.com/realms/acme"',
    ],
    ['https://initech.eu.auth0.com/', 'ends in a slash', '"https://initech.eu.auth0.com"'],
    [
      'https://login.example.com/realms/acme/',
      'ends in a slash',
      '"https://login.example.com/realms/acme"',
    ],
  ])('rejects %s with the fix', (issuer, reason, fix) => {
    const text = withIssuer(issuer);
    expect(findings(text)).toEqual(['oidc-issuer-value@10:17']);
    const [d] = diagnosticsOf(text);
    expect(d.message).toContain(reason);
    expect(d.hint).toContain(fix);
  });

  test.each([
    'https://login.microsoftonline.com/<tenant-guid>/v2.0',
    'https://{your-subdomain}.scalekit.com',
    'https://login.microsoftonline.com/%3Ctenant%3E/v2.0',
    'https://YOUR_DOMAIN/',
    'https://login.microsoftonline.com/TENANT_ID/v2.0',
    'https://your-tenant.auth0.com',
  ])('rejects the placeholder in %s, and only once', (issuer) => {
    const text = withIssuer(issuer);
    expect(findings(text)).toEqual(['oidc-issuer-value@10:17']);
    expect(diagnosticsOf(text)[0].message).toContain('placeholder');
  });

  test('leaves a broken URL to oidc-issuer', () => {
    expect(findings(withIssuer('http://idp.example.com/.well-known/openid-configuration'))).toEqual(
      ['oidc-issuer@10:17'],
    );
  });
});
