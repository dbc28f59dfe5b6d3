import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { memoryReader } from '../../src/load/related';
import { modelsFromContents } from '../../src/model/pipeline';
import { PROVIDER_EVIDENCE } from '../../src/model/providers/evidence';
import { HEADER, yaml } from '../helpers/validate';
import { Json, stackOf } from './helpers';

/** The SAML and social provider types as Terraform gets them. */
const ENTRA = readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml'), 'utf8');

const pool = (providers: string, clientProviders = '[COGNITO]') =>
  HEADER +
  yaml`
  userPools:
    main:
      domain: { prefix: acme-test }
      identityProviders:
${providers}
      clients:
        web:
          callbackUrls: [https://app.example.com/cb]
          logoutUrls: [https://app.example.com/]
          oauth: { flows: [code], scopes: [openid, email] }
          identityProviders: ${clientProviders}
`;

const providerOf = (stack: Json, name: string) =>
  stack.resource.aws_cognito_identity_provider[`main__${name}`];
const ignored = (stack: Json, name: string): string[] =>
  providerOf(stack, name).lifecycle.ignore_changes;
const asIgnored = (keys: readonly string[]) =>
  [...keys].sort().map((k) => `provider_details["${k}"]`);

describe('SAML', () => {
  test('a metadata URL: flags are the strings "true"/"false", always written; Cognito\'s write-backs are ignored', () => {
    const stack = stackOf(
      pool(
        '        Okta: { type: saml, metadataUrl: https://acme.okta.com/app/x/sso/saml/metadata, idpSignout: true, requestSigningAlgorithm: rsa-sha256, identifiers: [acme.com] }',
        '[Okta]',
      ),
    );
    const okta = providerOf(stack, 'Okta');
    expect(okta).toMatchObject({
      provider_name: 'Okta',
      provider_type: 'SAML',
      provider_details: {
        MetadataURL: 'https://acme.okta.com/app/x/sso/saml/metadata',
        IDPSignout: 'true',
        IDPInit: 'false',
        EncryptedResponses: 'false',
        RequestSigningAlgorithm: 'rsa-sha256',
      },
      idp_identifiers: ['acme.com'],
      attribute_mapping: {},
    });
    expect(Object.values(okta.provider_details).every((v) => typeof v === 'string')).toBe(true);
    expect(ignored(stack, 'Okta')).toEqual(
      asIgnored(['ActiveEncryptionCertificate', 'SLORedirectBindingURI', 'SSORedirectBindingURI']),
    );
    expect(
      stack.resource.aws_cognito_user_pool_client.main__web.supported_identity_providers,
    ).toEqual(['${aws_cognito_identity_provider.main__Okta.provider_name}']);
  });

  test('a metadata file: MetadataFile holds the document itself, read by validate', () => {
    const text = pool('        Entra: { type: saml, metadataFile: metadata/entra.xml }');
    const result = modelsFromContents([
      {
        path: 'config/x.yaml',
        bytes: Buffer.from(text),
        related: memoryReader({ 'metadata/entra.xml': ENTRA }),
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const stack = synthesizeModels(result.models).get('test-stack') as Json;
    expect(providerOf(stack, 'Entra').provider_details.MetadataFile).toBe(ENTRA);
    expect(providerOf(stack, 'Entra').provider_details.MetadataURL).toBeUndefined();
  });

  test('outputs: ACS URL and SP entity ID per pool; the signing certificate only when an IdP verifies signed requests; the encryption certificate per provider', () => {
    const plain = stackOf(
      pool('        Okta: { type: saml, metadataUrl: https://acme.okta.com/metadata }'),
    );
    expect(plain.output.main.value.saml.acs_url).toBe(
      'https://acme-test.auth.us-east-1.amazoncognito.com/saml2/idpresponse',
    );
    expect(plain.output.main.value.saml.sp_entity_id).toBe(
      'urn:amazon:cognito:sp:${aws_cognito_user_pool.main.id}',
    );
    expect(plain.output.main.value.saml.signing_certificate).toBeUndefined();
    expect(plain.output.main.value.saml.logout_url).toBeUndefined();
    expect(plain.data).toBeUndefined();
    expect(plain.output.main.value.saml.encryption_certificates).toBeUndefined();

    const signed = stackOf(
      pool(
        '        Okta: { type: saml, metadataUrl: https://acme.okta.com/metadata, idpSignout: true, encryptedResponses: true }',
      ),
    );
    expect(signed.data.aws_cognito_user_pool_signing_certificate.main.user_pool_id).toBe(
      '${aws_cognito_user_pool.main.id}',
    );
    expect(signed.output.main.value.saml.signing_certificate).toBe(
      '${data.aws_cognito_user_pool_signing_certificate.main.certificate}',
    );
    expect(signed.output.main.value.saml.logout_url).toBe(
      'https://acme-test.auth.us-east-1.amazoncognito.com/saml2/logout',
    );
    expect(signed.output.main.value.saml.encryption_certificates.Okta).toBe(
      '${lookup(aws_cognito_identity_provider.main__Okta.provider_details, "ActiveEncryptionCertificate", "")}',
    );
  });

  test('pending: no resource, but the pool outputs the values its IdP needs first', () => {
    const stack = stackOf(
      pool('        Globex: { type: saml, pending: true, encryptedResponses: true }'),
    );
    expect(stack.resource.aws_cognito_identity_provider).toBeUndefined();
    expect(stack.output.main.value.saml.acs_url).toBeDefined();
    expect(stack.output.main.value.saml.sp_entity_id).toBeDefined();
    expect(stack.output.main.value.saml.encryption_certificates).toBeUndefined();
  });
});

describe('social providers', () => {
  const social = stackOf(
    pool(
      [
        '        Google: { type: google, clientId: g.apps.googleusercontent.com, clientSecret: { ssm: /g }, scopes: [openid, email, profile] }',
        '        Facebook: { type: facebook, clientId: "123", clientSecret: { variable: fb_secret }, scopes: [public_profile, email], apiVersion: v17.0 }',
        '        SignInWithApple: { type: apple, clientId: com.example.signin, teamId: ABCDE12345, keyId: KEY1234567, privateKey: { secretsManager: apple, key: p8 }, scopes: [email, name] }',
        '        LoginWithAmazon: { type: amazon, clientId: amzn1.application-oa2-client.abc, clientSecret: { ssm: /amzn }, scopes: [profile, postal_code] }',
      ].join('\n'),
      '[COGNITO, Google, Facebook, SignInWithApple, LoginWithAmazon]',
    ),
  );

  test.each([
    ['Google', 'Google', 'openid email profile', 'sub'],
    ['Facebook', 'Facebook', 'public_profile,email', 'id'],
    ['SignInWithApple', 'SignInWithApple', 'email name', 'sub'],
    ['LoginWithAmazon', 'LoginWithAmazon', 'profile postal_code', 'user_id'],
  ])(
    "%s: provider_type, scopes joined as the type wants, username from the provider's user id",
    (name, type, scopes, username) => {
      const provider = providerOf(social, name);
      expect(provider).toMatchObject({
        provider_name: name,
        provider_type: type,
        provider_details: { authorize_scopes: scopes },
        attribute_mapping: { username },
      });
      expect(provider.idp_identifiers).toBeUndefined();
    },
  );

  test('secrets by reference only: data sources and variables, never a value', () => {
    expect(providerOf(social, 'Google').provider_details.client_secret).toBe(
      '${data.aws_ssm_parameter.main__Google__client_secret.value}',
    );
    expect(providerOf(social, 'Facebook').provider_details.client_secret).toBe('${var.fb_secret}');
    expect(providerOf(social, 'SignInWithApple').provider_details.private_key).toBe(
      '${jsondecode(data.aws_secretsmanager_secret_version.main__SignInWithApple__private_key.secret_string)["p8"]}',
    );
    expect(social.variable.fb_secret).toMatchObject({ sensitive: true, type: 'string' });
  });

  test('type-specific keys: Facebook api_version, Apple team_id and key_id', () => {
    expect(providerOf(social, 'Facebook').provider_details.api_version).toBe('v17.0');
    expect(providerOf(social, 'SignInWithApple').provider_details).toMatchObject({
      client_id: 'com.example.signin',
      team_id: 'ABCDE12345',
      key_id: 'KEY1234567',
    });
  });

  test("ignore_changes holds exactly what Cognito writes back for the type (docs/provider-evidence.md §6.3), and Apple's write-only private key", () => {
    expect(ignored(social, 'Google')).toEqual(asIgnored(PROVIDER_EVIDENCE.google.writtenBack));
    expect(ignored(social, 'Facebook')).toEqual(asIgnored(PROVIDER_EVIDENCE.facebook.writtenBack));
    expect(ignored(social, 'LoginWithAmazon')).toEqual(
      asIgnored(PROVIDER_EVIDENCE.amazon.writtenBack),
    );
    expect(ignored(social, 'SignInWithApple')).toEqual(
      asIgnored([...PROVIDER_EVIDENCE.apple.writtenBack, 'private_key']),
    );
    // Never a key the file sets (Apple's private key aside: Cognito never returns it).
    for (const name of ['Google', 'Facebook', 'LoginWithAmazon', 'SignInWithApple']) {
      const set = Object.keys(providerOf(social, name).provider_details).filter(
        (k) => k !== 'private_key',
      );
      expect(
        ignored(social, name).filter((k) => set.some((key) => k === `provider_details["${key}"]`)),
      ).toEqual([]);
    }
  });

  test('the client lists each provider by reference, so Terraform creates it first', () => {
    expect(
      social.resource.aws_cognito_user_pool_client.main__web.supported_identity_providers,
    ).toEqual([
      'COGNITO',
      '${aws_cognito_identity_provider.main__Facebook.provider_name}',
      '${aws_cognito_identity_provider.main__Google.provider_name}',
      '${aws_cognito_identity_provider.main__LoginWithAmazon.provider_name}',
      '${aws_cognito_identity_provider.main__SignInWithApple.provider_name}',
    ]);
  });

  test("the pool's one redirect URI output serves every social provider", () => {
    expect(social.output.main.value.idp_redirect_uri).toBe(
      'https://acme-test.auth.us-east-1.amazoncognito.com/oauth2/idpresponse',
    );
  });
});
