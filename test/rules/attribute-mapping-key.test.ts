import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('attribute-mapping-key', () => {
  test('accepts standard attributes, username and declared custom attributes', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string }
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping:
                username: sub
                email: email
                email_verified: email_verified
                phone_number_verified: phone_verified
                zoneinfo: tz
                custom:tenant_id: org_id
    `),
    ).toEqual([]);
  });

  test('rejects an unknown attribute at the key, suggesting the closest', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping:
                emial: email
                sub: sub
    `;
    expect(findings(text)).toEqual(['attribute-mapping-key@15:11', 'attribute-mapping-key@16:11']);
    expect(diagnosticsOf(text)[0].hint).toContain('did you mean `email`?');
  });

  test('rejects an undeclared custom attribute, naming the declared ones', () => {
    const text = file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string }
            plan: { type: string }
          identityProviders:
            Idp:
              type: oidc
              issuer: https://idp.example.com
              clientId: abc
              clientSecret: { variable: s }
              scopes: [openid]
              attributeMapping:
                custom:tenant: org_id
    `;
    expect(findings(text)).toEqual(['attribute-mapping-key@18:11']);
    const [d] = diagnosticsOf(text);
    expect(d.message).toContain('`custom:tenant_id` and `custom:plan`');
    expect(d.hint).toContain('did you mean `custom:tenant_id`?');
  });
});
