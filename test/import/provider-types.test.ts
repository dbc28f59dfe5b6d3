import { synthesizeModels } from '../../src/compile';
import { modelOf, type Json } from '../compile/helpers';
import { deriveResponses, Responses } from './derive';
import { importResponses, noteKeys, response, responsesOf } from './helpers';
import { normalizeStack } from './normalize';

/**
 * The importer's provider-type modules (src/outputs/import/providers/) on
 * what the examples do not cover: Facebook and Login with Amazon, every SAML
 * flag, a MetadataFile's file name, the secret references of each type.
 */
const SOCIAL = `version: 1
stack: social
aws: { region: eu-west-1 }
userPools:
  members:
    domain: { prefix: social-members }
    identityProviders:
      Facebook:
        type: facebook
        clientId: '1234567890'
        clientSecret: { ssm: /social/facebook }
        scopes: [public_profile, email]
        apiVersion: v17.0
      LoginWithAmazon:
        type: amazon
        clientId: amzn1.application-oa2-client.1example23456789
        clientSecret: { ssm: /social/amazon }
        scopes: [profile, postal_code]
        attributeMapping: { email: email }
      SignInWithApple:
        type: apple
        clientId: com.social.signin
        teamId: 7XK2M9Q4RW
        keyId: 3HJ8P5T2VN
        privateKey: { ssm: /social/apple }
        scopes: [email]
      CorpSaml:
        type: saml
        metadataUrl: https://idp.corp.example/metadata
        idpSignout: true
        idpInitiated: true
        encryptedResponses: true
        requestSigningAlgorithm: rsa-sha256
        identifiers: [corp.example]
    clients:
      web:
        callbackUrls: [https://app.social.example/cb]
        oauth: { flows: [code], scopes: [openid, email] }
        identityProviders: [COGNITO, Facebook, LoginWithAmazon, SignInWithApple]
      corp:
        callbackUrls: [https://corp.social.example/cb]
        oauth: { flows: [code], scopes: [openid, email] }
        identityProviders: [CorpSaml]
`;

function socialResponses(): { responses: Responses; original: Json } {
  const model = modelOf(SOCIAL);
  const original = synthesizeModels([model]).get(model.stack) as Json;
  return { responses: deriveResponses(original), original };
}

function details(responses: Responses, name: string): Record<string, string> {
  return response(responses, `describe-identity-provider-${name}.json`).IdentityProvider
    .ProviderDetails;
}

test('Facebook, Login with Amazon, Sign in with Apple and a SAML provider with every flag import back to the same resources', () => {
  const { responses, original } = socialResponses();
  // The written-back keys are in the responses (and are metadata to the importer).
  expect(details(responses, 'Facebook')).toMatchObject({
    api_version: 'v17.0',
    token_url: 'https://graph.facebook.com/v17.0/oauth/access_token',
    attributes_url_add_attributes: 'true',
  });
  expect(details(responses, 'CorpSaml')).toMatchObject({
    ActiveEncryptionCertificate: expect.any(String),
    SSORedirectBindingURI: 'https://idp.corp.example/sso/saml',
  });
  expect(details(responses, 'SignInWithApple')).not.toHaveProperty('private_key');

  const result = importResponses(responses, { stack: 'social', poolKey: 'members' });
  expect(result.diagnostics).toEqual([]);
  expect(result.notes).toEqual([]);
  expect(normalizeStack(modelStack(result.yaml))).toEqual(normalizeStack(original));
  const providers = pool(result).identityProviders!;
  expect(providers.Facebook).toEqual({
    type: 'facebook',
    importId: `${responses.poolId}:Facebook`,
    clientId: '1234567890',
    clientSecret: { ssm: '/social/Facebook/client-secret' },
    apiVersion: 'v17.0',
    scopes: ['public_profile', 'email'],
  });
  expect(providers.LoginWithAmazon).toMatchObject({
    type: 'amazon',
    scopes: ['profile', 'postal_code'],
    attributeMapping: { email: 'email' },
  });
  expect(providers.LoginWithAmazon.attributeMapping).not.toHaveProperty('username');
  expect(providers.CorpSaml).toEqual({
    type: 'saml',
    importId: `${responses.poolId}:CorpSaml`,
    metadataUrl: 'https://idp.corp.example/metadata',
    idpSignout: true,
    idpInitiated: true,
    encryptedResponses: true,
    requestSigningAlgorithm: 'rsa-sha256',
    identifiers: ['corp.example'],
  });
  expect(result.files).toEqual([]);
});

function pool(result: ReturnType<typeof importResponses>) {
  return Object.values(result.config.userPools!)[0];
}

function modelStack(yaml: string): Json {
  const model = modelOf(yaml, 'imported.yaml');
  return synthesizeModels([model]).get(model.stack) as Json;
}

test('SAML flags: "false" is the default and left out; a missing flag is added; another spelling is rewritten', () => {
  const responses = responsesOf('config/okta-saml.yaml');
  const d = response(responses, 'describe-identity-provider-HooliOkta.json').IdentityProvider
    .ProviderDetails;
  delete d.IDPInit;
  d.EncryptedResponses = 'TRUE';
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    'identity provider HooliOkta (SAML) | IdentityProvider.ProviderDetails.IDPInit | added',
    'identity provider HooliOkta (SAML) | IdentityProvider.ProviderDetails.EncryptedResponses | reverted',
  ]);
  const okta = pool(result).identityProviders!.HooliOkta;
  expect(okta).toMatchObject({ encryptedResponses: true, requestSigningAlgorithm: 'rsa-sha256' });
  expect(okta).not.toHaveProperty('idpSignout');
  expect(okta).not.toHaveProperty('idpInitiated');
});

test('SAML written-back keys are metadata whatever they hold; an unknown key is removed, and said so', () => {
  const responses = responsesOf('config/okta-saml.yaml');
  const d = response(responses, 'describe-identity-provider-HooliOkta.json').IdentityProvider
    .ProviderDetails;
  d.SLORedirectBindingURI = 'https://elsewhere.example/slo';
  d.SomethingNew = 'x';
  expect(noteKeys(importResponses(responses))).toEqual([
    'identity provider HooliOkta (SAML) | IdentityProvider.ProviderDetails.SomethingNew | reverted',
  ]);
});

test('a MetadataFile becomes metadata/<provider>.xml beside the YAML: the same bytes, a safe and unique name per provider', () => {
  const responses = responsesOf('config/entra-saml.yaml');
  const entra = response(responses, 'describe-identity-provider-ContosoEntra.json');
  // A second and third provider with the same metadata and names that are no file names as they are.
  for (const name of ['Contoso/Entra', '.Contoso+Entra']) {
    response(responses, 'list-identity-providers.json').Providers.push({
      ProviderName: name,
      ProviderType: 'SAML',
    });
    responses.files.set(`describe-identity-provider-${name.replace(/\W/g, '_')}.json`, {
      IdentityProvider: { ...entra.IdentityProvider, ProviderName: name, IdpIdentifiers: [] },
    });
  }
  const result = importResponses(responses);
  expect(result.diagnostics).toEqual([]);
  const document = entra.IdentityProvider.ProviderDetails.MetadataFile;
  // Providers are read in name order; whichever comes second of the two that make `Contoso-Entra` gets `-2`.
  const byProvider = Object.fromEntries(result.files.map((f) => [f.provider, f.path]));
  expect(byProvider.ContosoEntra).toBe('metadata/ContosoEntra.xml');
  expect([byProvider['Contoso/Entra'], byProvider['.Contoso+Entra']].sort()).toEqual([
    'metadata/Contoso-Entra-2.xml',
    'metadata/Contoso-Entra.xml',
  ]);
  expect(result.files.every((f) => f.content === document)).toBe(true);
  // Two names that differ only in case would be one file on macOS and Windows.
  const again = responsesOf('config/entra-saml.yaml');
  const base = response(again, 'describe-identity-provider-ContosoEntra.json');
  again.files.set('describe-identity-provider-contosoentra.json', {
    IdentityProvider: {
      ...base.IdentityProvider,
      ProviderName: 'contosoentra',
      IdpIdentifiers: [],
    },
  });
  response(again, 'list-identity-providers.json').Providers.push({
    ProviderName: 'contosoentra',
    ProviderType: 'SAML',
  });
  expect(
    importResponses(again)
      .files.map((f) => f.path.toLowerCase())
      .sort(),
  ).toEqual(['metadata/contosoentra-2.xml', 'metadata/contosoentra.xml']);
  expect(result.yaml).toContain('metadataFile: metadata/ContosoEntra.xml');
});

test('Facebook scopes written with ", " (the API reference\'s example) are the same scopes, rewritten by the first apply', () => {
  const { responses } = socialResponses();
  details(responses, 'Facebook').authorize_scopes = 'public_profile, email';
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    'identity provider Facebook (Facebook) | IdentityProvider.ProviderDetails.authorize_scopes | reverted',
  ]);
  expect(pool(result).identityProviders!.Facebook).toMatchObject({
    scopes: ['public_profile', 'email'],
  });
});

test("a social provider without a username mapping gets the type's own, and says so", () => {
  const { responses } = socialResponses();
  delete response(responses, 'describe-identity-provider-LoginWithAmazon.json').IdentityProvider
    .AttributeMapping.username;
  expect(noteKeys(importResponses(responses))).toEqual([
    'identity provider LoginWithAmazon (LoginWithAmazon) | IdentityProvider.AttributeMapping.username | added',
  ]);
});

describe('secret references: a client secret per social provider, the Apple private key its own', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    [
      'ssm:/{stack}/{provider}/client-secret',
      { ssm: '/social/Facebook/client-secret' },
      { ssm: '/social/SignInWithApple/private-key' },
    ],
    ['ssm:/idp/{provider}', { ssm: '/idp/Facebook' }, { ssm: '/idp/SignInWithApple/private-key' }],
    [
      'secretsManager:social/{provider}#client_secret',
      { secretsManager: 'social/Facebook', key: 'client_secret' },
      { secretsManager: 'social/SignInWithApple', key: 'private_key' },
    ],
    [
      'secretsManager:social/{provider}#value',
      { secretsManager: 'social/Facebook', key: 'value' },
      { secretsManager: 'social/SignInWithApple', key: 'private_key' },
    ],
    [
      'variable:{provider}_client_secret',
      { variable: 'Facebook_client_secret' },
      { variable: 'SignInWithApple_private_key' },
    ],
    [
      'variable:idp_{provider}',
      { variable: 'idp_Facebook' },
      { variable: 'idp_SignInWithApple_private_key' },
    ],
  ];
  test.each(cases)('%s', (secretRef, facebook, apple) => {
    const result = importResponses(socialResponses().responses, { stack: 'social', secretRef });
    const providers = pool(result).identityProviders!;
    expect(providers.Facebook).toMatchObject({ clientSecret: facebook });
    expect(providers.SignInWithApple).toMatchObject({ privateKey: apple });
    expect(result.secrets.map((s) => `${s.provider} ${s.field}`)).toEqual([
      'Facebook client_secret',
      'LoginWithAmazon client_secret',
      'SignInWithApple private_key',
    ]);
    expect(result.secrets.find((s) => s.field === 'private_key')).toMatchObject({
      notReturned: expect.stringContaining('Cognito never returns it'),
      file: 'AuthKey_3HJ8P5T2VN.p8',
    });
  });
});
