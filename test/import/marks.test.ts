import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBlocks } from '../../src/compile/imports';
import { file } from '../rules/fixture';
import { modelOf, stackOf } from '../compile/helpers';

/** The import marks (`importId`, `brandingImportId`) become Terraform import blocks; the rule is tested in test/rules/import-id.test.ts. */
describe('import blocks', () => {
  test('one per mark, sorted by address, with the ids as written', () => {
    const stack = stackOf(
      readFileSync(join(__dirname, '../compile/fixtures/adopted.yaml'), 'utf8'),
    );
    expect(stack.import).toEqual([
      { to: 'aws_cognito_identity_provider.legacy__Okta', id: 'us-east-1_AbC123:Okta' },
      {
        to: 'aws_cognito_resource_server.legacy__api',
        id: 'us-east-1_AbC123|https://api.example.com',
      },
      { to: 'aws_cognito_user_pool.legacy', id: 'us-east-1_AbC123' },
      {
        to: 'aws_cognito_user_pool_client.legacy__web',
        id: 'us-east-1_AbC123/4example5client6id7',
      },
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
      {
        to: 'aws_cognito_managed_login_branding.main__web',
        id: 'us-east-1_AbC123,9c1a2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b',
      },
      { to: 'aws_cognito_user_pool.main', id: 'us-east-1_AbC123' },
      { to: 'aws_cognito_user_pool_client.main__web', id: 'us-east-1_AbC123/abc' },
    ]);
  });

  test('a file without marks has no import key', () => {
    const stack = stackOf(readFileSync(join(__dirname, '../../config/auth0.yaml'), 'utf8'));
    expect(stack.import).toBeUndefined();
    expect(stack['//'].metadata.overrides).toEqual({ stack: ['terraform'] }); // the provider version constraint, not an import
  });
});

test('the importer knows the managed-by tag compile writes', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MANAGED_BY_TAG } =
    require('../../src/compile/provider') as typeof import('../../src/compile/provider');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MANAGED_BY } =
    require('../../src/outputs/import/managed-by') as typeof import('../../src/outputs/import/managed-by');
  expect(MANAGED_BY_TAG).toEqual({ [MANAGED_BY.key]: MANAGED_BY.value });
});
