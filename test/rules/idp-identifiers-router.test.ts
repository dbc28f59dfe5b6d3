import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const domains = (n: number) =>
  `[${Array.from({ length: n }, (_, i) => `d${i}.example.com`).join(', ')}]`;
const router = (n: number) => file`
  userPools:
    main:
      identityProviders:
        Router: { type: oidc, issuer: https://idp.example.com, clientId: abc, clientSecret: { variable: s }, scopes: [openid], identifiers: ${domains(n)} }
`;

describe('idp-identifiers-router', () => {
  test('39 identifiers: nothing to say', () => {
    expect(findings(router(39))).toEqual([]);
  });

  test('40 of 50: a warning at the list, telling to split', () => {
    expect(findings(router(40))).toEqual(['idp-identifiers-router@8:139']);
    const [d] = diagnosticsOf(router(40));
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('40 of the 50');
    expect(d.hint).toContain('split');
  });

  test("over 50 is idp-identifiers' error alone", () => {
    expect(findings(router(51))).toEqual(['idp-identifiers@8:980']);
  });
});
