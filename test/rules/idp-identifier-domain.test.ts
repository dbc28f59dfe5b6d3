import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const provider = (identifiers: string) =>
  `{ type: oidc, issuer: https://idp.example.com, clientId: a, clientSecret: { variable: s }, scopes: [openid], identifiers: ${identifiers} }`;

describe('idp-identifier-domain', () => {
  test('accepts domains and names', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            Idp: ${provider('[acme.com, ACME-SSO, a@b]')}
    `),
    ).toEqual([]);
  });

  test('rejects a leading @, at the item, and says to drop it', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: a
              clientSecret: { variable: s }
              scopes: [openid]
              identifiers:
                - acme.com
                - "@globex.com"
                - "@"
    `;
    expect(findings(text)).toEqual(['idp-identifier-domain@16:13', 'idp-identifier-domain@17:13']);
    const [first, second] = diagnosticsOf(text);
    expect(first.hint).toBe('drop the `@`: write "globex.com"');
    expect(second.hint).toContain('e.g. `example.com`');
  });
});
