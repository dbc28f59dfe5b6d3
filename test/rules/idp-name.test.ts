import { diagnosticsOf, findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('idp-name', () => {
  test('accepts printable names up to 32 characters, inner underscores and punctuation included', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            SAML_provider_1: ${IDP}
            Acme.Okta-EU: ${IDP}
            ${'P'.repeat(32)}: ${IDP}
            X: ${IDP}
    `),
    ).toEqual([]);
  });

  test('rejects whitespace anywhere (AWS ProviderNameTypeV2), and suggests the name without it', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Beyond Identity: ${IDP}
            "Acme\u00a0Okta": ${IDP}
            "Okta\u2003EU": ${IDP}
    `;
    expect(findings(text)).toEqual(['idp-name@8:7', 'idp-name@9:7', 'idp-name@10:7']);
    const [first] = diagnosticsOf(text);
    expect(first.message).toContain('U+0020 (space)');
    expect(first.hint).toContain('`BeyondIdentity`');
  });

  test('rejects a leading or trailing underscore or space, at the key', () => {
    expect(
      findings(file`
      userPools:
        main:
          identityProviders:
            _Okta: ${IDP}
            Okta_: ${IDP}
            " Okta": ${IDP}
    `),
    ).toEqual(['idp-name@8:7', 'idp-name@9:7', 'idp-name@10:7']);
  });

  test('rejects 33 characters and an empty name', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            ${'P'.repeat(33)}: ${IDP}
            "": ${IDP}
    `;
    expect(findings(text)).toEqual(['idp-name@8:7', 'idp-name@9:7']);
    expect(diagnosticsOf(text)[0].message).toContain('33 characters');
  });

  test('rejects control characters', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            "Ok\tta": ${IDP}
    `;
    expect(findings(text)).toEqual(['idp-name@8:7']);
    expect(diagnosticsOf(text)[0].message).toContain('U+0009');
  });
});
