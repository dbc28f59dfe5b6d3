import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findings } from '../helpers/validate';
import { file, IDP } from './fixture';

describe('existing-pool', () => {
  test("accepts a pool attached by id with resource servers, providers, clients and the owner's domain host", () => {
    const text = readFileSync(join(__dirname, '../compile/fixtures/existing-pool.yaml'), 'utf8');
    expect(findings(text)).toEqual([]);
  });

  test('a malformed pool id, at its value', () => {
    expect(
      findings(file`
      userPools:
        main:
          existingPool: us-east-1
    `),
    ).toEqual(['existing-pool@7:19']);
  });

  test('each pool-level setting beside existingPool, at its key; the domain too', () => {
    expect(
      findings(file`
      userPools:
        main:
          existingPool: us-east-1_AbC123
          name: shared
          signIn: { usernameAttributes: [email] }
          mfa: { mode: off }
          customAttributes: { tenant_id: { type: string } }
          domain: { prefix: acme-login }
          deletionProtection: false
          importId: us-east-1_AbC123
    `),
    ).toEqual([
      'existing-pool@8:5',
      'existing-pool@9:5',
      'existing-pool@10:5',
      'existing-pool@11:5',
      'existing-pool@12:5',
      'existing-pool@13:5',
      'existing-pool@14:5',
    ]);
  });

  test('existingDomain: a host name, and only with existingPool', () => {
    expect(
      findings(file`
      userPools:
        main:
          existingPool: us-east-1_AbC123
          existingDomain: https://login.example.com/
        other:
          existingDomain: login.example.com
    `),
    ).toEqual(['existing-pool@8:21', 'existing-pool@10:5']);
  });

  test('other rules tolerate the absent settings: custom attributes mapped, importIds under the existing pool checked against its id', () => {
    expect(
      findings(file`
      userPools:
        main:
          existingPool: us-east-1_AbC123
          identityProviders:
            Okta: ${IDP.replace('scopes: [openid]', 'scopes: [openid], attributeMapping: { custom:tenant_id: org }, importId: "us-east-1_AbC123:Okta"')}
          clients:
            web: { importId: us-east-1_Other1/abc }
    `),
    ).toEqual(['import-id@11:24']);
  });

  test("a client of an existing pool may use its owner's providers and resource-server scopes; a declared server's unknown scope is still an error", () => {
    expect(
      findings(file`
      userPools:
        main:
          existingPool: us-east-1_AbC123
          resourceServers:
            api: { identifier: https://api.example.com, scopes: { read: Read } }
          clients:
            web:
              callbackUrls: [https://app.example.com/cb]
              oauth: { flows: [code], scopes: [openid, https://owner.example.com/admin, https://api.example.com/write] }
              identityProviders: [Google, COGNITO]
    `),
    ).toEqual(['scope-unknown@13:83']);
  });
});
