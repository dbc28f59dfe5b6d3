import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBlocks } from '../../src/compile/imports';
import { findings } from '../helpers/validate';
import { file, IDP } from '../rules/fixture';
import { modelOf, stackOf } from '../compile/helpers';

/** The import marks (`importId`, `brandingImportId`): the import-id rule, and the import blocks synth writes. */
describe('import-id', () => {
  test('accepts marks that agree with the file', () => {
    const text = readFileSync(join(__dirname, '../compile/fixtures/adopted.yaml'), 'utf8');
    expect(findings(text)).toEqual([]);
  });

  test('a malformed pool id, at its value', () => {
    expect(findings(file`
      userPools:
        main:
          importId: not a pool id
    `)).toEqual(['import-id@7:15']);
  });

  test('a mark under a pool cogfed creates', () => {
    expect(findings(file`
      userPools:
        main:
          domain: { prefix: acme-login, importId: acme-login }
    `)).toEqual(['import-id@7:45']);
  });

  test('marks that disagree with the file, each at its value', () => {
    expect(findings(file`
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
    `)).toEqual(['import-id@8:45', 'import-id@10:61', 'import-id@12:37', 'import-id@14:24', 'import-id@15:24']);
  });

  test('a branding mark only where cogfed creates a style, and shaped <pool>,<uuid>', () => {
    expect(findings(file`
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
    `)).toEqual(['import-id@20:27', 'import-id@22:27']);
  });
});

describe('import blocks', () => {
  test('one per mark, sorted by address, with the ids as written', () => {
    const stack = stackOf(readFileSync(join(__dirname, '../compile/fixtures/adopted.yaml'), 'utf8'));
    expect(stack.import).toEqual([
      { to: 'aws_cognito_identity_provider.legacy__Okta', id: 'us-east-1_AbC123:Okta' },
      { to: 'aws_cognito_resource_server.legacy__api', id: 'us-east-1_AbC123|https://api.example.com' },
      { to: 'aws_cognito_user_pool.legacy', id: 'us-east-1_AbC123' },
      { to: 'aws_cognito_user_pool_client.legacy__web', id: 'us-east-1_AbC123/4example5client6id7' },
      { to: 'aws_cognito_user_pool_domain.legacy', id: 'legacy-login' },
    ]);
    // Every `to` names a resource the stack declares.
    for (const block of stack.import) {
      const [type, name] = block.to.split('.');
      expect(stack.resource[type][name]).toBeDefined();
    }
  });

  test('a branding mark imports the style cogfed creates for the client', () => {
    const model = modelOf(file`
      userPools:
        main:
          importId: us-east-1_AbC123
          domain: { prefix: acme-login, managedLoginVersion: 2 }
          clients:
            web:
              importId: us-east-1_AbC123/abc
              callbackUrls: [https://app.example.com/cb]
              oauth: { flows: [code], scopes: [openid] }
              identityProviders: [COGNITO]
              brandingImportId: us-east-1_AbC123,9c1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b
    `);
    expect(importBlocks(model)).toEqual([
      { to: 'aws_cognito_managed_login_branding.main__web', id: 'us-east-1_AbC123,9c1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b' },
      { to: 'aws_cognito_user_pool.main', id: 'us-east-1_AbC123' },
      { to: 'aws_cognito_user_pool_client.main__web', id: 'us-east-1_AbC123/abc' },
    ]);
  });

  test('a file without marks has no import key', () => {
    const stack = stackOf(readFileSync(join(__dirname, '../../config/auth0.yaml'), 'utf8'));
    expect(stack.import).toBeUndefined();
    expect(stack['//'].metadata.overrides).toBeUndefined();
  });
});
