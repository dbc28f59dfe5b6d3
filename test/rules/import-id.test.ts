import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('import-id', () => {
  test('accepts marks that agree with the file', () => {
    const text = readFileSync(join(__dirname, '../compile/fixtures/adopted.yaml'), 'utf8');
    expect(findings(text)).toEqual([]);
  });

  test('a malformed pool id, at its value', () => {
    expect(
      findings(file`
      userPools:
        main:
          importId: not a pool id
    `),
    ).toEqual(['import-id@7:15']);
  });

  test('a mark under a pool cogfed creates', () => {
    expect(
      findings(file`
      userPools:
        main:
          domain: { prefix: acme-login, importId: acme-login }
    `),
    ).toEqual(['import-id@7:45']);
  });

  test('marks that disagree with the file, each at its value', () => {
    expect(
      findings(file`
      userPools:
        main:
          importId: us-east-1_AbC123
          domain: { prefix: acme-login, importId: other-login }
          resourceServers:
            api: { identifier: https://api.example.com, importId: "us-east-1_AbC123|https://other.example.com" }
          identityProviders:
            Okta: ${IDP.replace('type: oidc', 'type: oidc, importId: "us-east-1_Other1:Okta"')}
          clients:
            web: { importId: us-east-1_AbC123/ }
            app: { importId: "us-east-1_AbC123/bad id" }
    `),
    ).toEqual([
      'import-id@8:45',
      'import-id@10:61',
      'import-id@12:37',
      'import-id@14:24',
      'import-id@15:24',
    ]);
  });

  test('a branding mark only where cogfed creates a style, and shaped <pool>,<uuid>', () => {
    expect(
      findings(file`
      userPools:
        main:
          importId: us-east-1_AbC123
          tier: essentials
          domain: { prefix: acme-login, managedLoginVersion: 2 }
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              oauth: { flows: [code], scopes: [openid] }
              identityProviders: [COGNITO]
              brandingImportId: us-east-1_AbC123,9c1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b
            bad:
              callbackUrls: [https://app.example.com/cb]
              oauth: { flows: [code], scopes: [openid] }
              identityProviders: [COGNITO]
              brandingImportId: us-east-1_AbC123,nope
            m2m:
              brandingImportId: us-east-1_AbC123,9c1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b
    `),
    ).toEqual(['import-id@20:27', 'import-id@22:27']);
  });
});
