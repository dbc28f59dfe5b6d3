import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('attribute-mapping-immutable', () => {
  test('accepts mapped custom attributes that are mutable, explicitly or by default', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string, mutable: true }
            plan: { type: string }
            created: { type: string, mutable: false }
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping:
                custom:tenant_id: org_id
                custom:plan: plan
    `),
    ).toEqual([]);
  });

  test('rejects a mapped immutable attribute, at the mapping entry', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string, mutable: false }
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping:
                email: email
                custom:tenant_id: org_id
    `),
    ).toEqual(['attribute-mapping-immutable@18:11']);
  });
});
