import { diagnosticsOf, findings } from '../helpers/validate';
import { file, IDP } from './fixture';

const INITIATED =
  '{ type: saml, metadataUrl: https://idp.example.com/metadata, idpInitiated: true }';
const SP_ONLY = '{ type: saml, metadataUrl: https://other.example.com/metadata }';

const pool = (providers: string) => file`
  userPools:
    main:
      domain: { prefix: acme-test }
      identityProviders:
        Initiated: ${INITIATED}
        Other: ${SP_ONLY}
        Oidc: ${IDP}
      clients:
        web:
          callbackUrls: [https://app.example.com/cb]
          oauth: { flows: [code], scopes: [openid] }
          identityProviders: ${providers}
`;

describe('saml-idp-initiated', () => {
  test('PASS: a client with the IdP-initiated provider and other SAML providers', () => {
    expect(findings(pool('[Initiated, Other]'))).toEqual([]);
  });

  test('PASS: COGNITO and OIDC beside a SAML provider without IdP-initiated sign-in', () => {
    expect(findings(pool('[Other, Oidc, COGNITO]'))).toEqual([]);
  });

  test('FAIL: COGNITO and an OIDC provider beside it, each at its item', () => {
    const text = pool('[Initiated, COGNITO, Oidc]');
    expect(findings(text)).toEqual(['saml-idp-initiated@16:40', 'saml-idp-initiated@16:49']);
    const [cognito, oidc] = diagnosticsOf(text);
    expect(cognito.message).toContain("received the pool's own users (`COGNITO`)");
    expect(oidc.message).toContain('received the oidc provider `Oidc`');
  });
});
