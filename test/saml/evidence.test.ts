import {
  describedKeys,
  PROVIDER_EVIDENCE,
  ProviderTypeId,
} from '../../src/model/providers/evidence';

const types = Object.keys(PROVIDER_EVIDENCE) as ProviderTypeId[];

describe('provider evidence', () => {
  test.each(types)(
    '%s: written-back keys are not user keys, and the provider suppresses only written-back keys',
    (type) => {
      const e = PROVIDER_EVIDENCE[type];
      for (const key of e.writtenBack) expect(e.detailKeys[key]).toBeUndefined();
      for (const key of e.suppressedByProvider) expect(e.writtenBack).toContain(key);
      for (const group of e.requiredOneOf ?? [])
        for (const key of group) expect(e.detailKeys[key]?.presence).toBe('one-of');
      expect(e.evidence.length).toBeGreaterThan(0);
    },
  );

  test('a social provider is named after its type; a SAML provider is not constrained', () => {
    for (const type of types.filter((t) => t !== 'saml'))
      expect(PROVIDER_EVIDENCE[type].requiredName).toBe(
        PROVIDER_EVIDENCE[type].cognitoProviderType,
      );
    expect(PROVIDER_EVIDENCE.saml.requiredName).toBeUndefined();
  });

  test('secrets are marked', () => {
    expect(PROVIDER_EVIDENCE.google.detailKeys.client_secret.secret).toBe(true);
    expect(PROVIDER_EVIDENCE.apple.detailKeys.private_key).toMatchObject({
      secret: true,
      neverReturned: true,
    });
  });

  test('describedKeys splits a Describe response into what the user set and what AWS set', () => {
    expect(
      describedKeys('apple', ['client_id', 'team_id', 'key_id', 'private_key', 'authorize_scopes']),
    ).toEqual({
      userSet: ['authorize_scopes', 'client_id', 'key_id', 'team_id'],
      awsSet: [
        'attributes_url_add_attributes',
        'authorize_url',
        'oidc_issuer',
        'token_request_method',
        'token_url',
      ],
    });
    expect(describedKeys('saml', ['MetadataFile', 'IDPSignout']).awsSet).toEqual([
      'ActiveEncryptionCertificate',
      'SLORedirectBindingURI',
      'SSORedirectBindingURI',
    ]);
  });
});
