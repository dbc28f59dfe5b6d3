import { importResponses, noteKeys, response, responsesOf } from './helpers';

/**
 * Lossless or loud: what the YAML cannot carry is reported by resource and
 * attribute, with what Terraform does; the effects that lose something are
 * "blocking" (cogfed import exits 1 for them unless --accept-loss).
 */
const KITCHEN = 'test/compile/fixtures/kitchen-sink.yaml';

test('a pool as cogfed creates it imports without a note', () => {
  const result = importResponses(responsesOf(KITCHEN));
  expect(result.notes).toEqual([]);
  expect(result.diagnostics).toEqual([]);
});

test('pool settings cogfed does not manage: Lambda triggers removed, templates kept, aliases replace, required standard attributes fail', () => {
  const responses = responsesOf(KITCHEN);
  const pool = response(responses, 'describe-user-pool.json').UserPool;
  pool.LambdaConfig = {
    PreSignUp: 'arn:aws:lambda:eu-central-1:111122223333:function:pre-sign-up',
  };
  pool.EmailVerificationSubject = 'Your code';
  pool.AliasAttributes = ['preferred_username'];
  pool.SchemaAttributes.find((a: { Name: string }) => a.Name === 'email').Required = true;
  pool.DeviceConfiguration = { ChallengeRequiredOnNewDevice: true };
  pool.UserPoolAddOns = { AdvancedSecurityMode: 'ENFORCED' };
  pool.SomethingNew = { Enabled: true };
  const result = importResponses(responses);
  const id = responses.poolId;
  expect(noteKeys(result)).toEqual([
    `user pool ${id} | UserPool.AliasAttributes | replaced`,
    `user pool ${id} | UserPool.SchemaAttributes[email] | apply-fails`,
    `user pool ${id} | UserPool.LambdaConfig | reverted`,
    `user pool ${id} | UserPool.DeviceConfiguration | reverted`,
    `user pool ${id} | UserPool.UserPoolAddOns | reverted`,
    `user pool ${id} | UserPool.EmailVerificationSubject | kept`,
    `user pool ${id} | UserPool.SomethingNew | unverified`,
  ]);
  expect(result.blocking.map((n) => n.attribute)).toEqual([
    'UserPool.AliasAttributes',
    'UserPool.SchemaAttributes[email]',
    'UserPool.LambdaConfig',
    'UserPool.DeviceConfiguration',
    'UserPool.UserPoolAddOns',
    'UserPool.SomethingNew',
  ]);
  expect(result.notes.find((n) => n.attribute === 'UserPool.LambdaConfig')!.live).toBe(
    '{"PreSignUp":"arn:aws:lambda:eu-central-1:111122223333:function:pre-sign-up"}',
  );
});

test('a provider type without a module is left alone, and the clients that use it lose it', () => {
  const responses = responsesOf(KITCHEN);
  response(responses, 'list-identity-providers.json').Providers.push({
    ProviderName: 'CorpAD',
    ProviderType: 'SAML',
  });
  responses.files.set('describe-identity-provider-CorpAD.json', {
    IdentityProvider: {
      UserPoolId: responses.poolId,
      ProviderName: 'CorpAD',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: 'https://ad.example.com/metadata' },
      AttributeMapping: {},
    },
  });
  const web = [...responses.files.values()].find(
    (j) => j.UserPoolClient?.ClientName === 'web',
  ).UserPoolClient;
  web.SupportedIdentityProviders.push('CorpAD');
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    'identity provider CorpAD (SAML) | ProviderType | kept',
    `app client web (${web.ClientId}) | UserPoolClient.SupportedIdentityProviders | reverted`,
  ]);
  expect(
    result.config.userPools!['kitchen-sink-members'].identityProviders!.CorpAD,
  ).toBeUndefined();
});

test('client settings cogfed always writes differently are reverted', () => {
  const responses = responsesOf(KITCHEN);
  const web = [...responses.files.values()].find(
    (j) => j.UserPoolClient?.ClientName === 'web',
  ).UserPoolClient;
  web.PreventUserExistenceErrors = 'LEGACY';
  web.ExplicitAuthFlows.push('ADMIN_NO_SRP_AUTH');
  web.AnalyticsConfiguration = {
    ApplicationId: 'abc',
    RoleArn: 'arn:aws:iam::111122223333:role/pinpoint',
    UserDataShared: false,
  };
  const result = importResponses(responses);
  expect(noteKeys(result).map((k) => k.replace(/\(.*?\)/, '()'))).toEqual([
    'app client web () | UserPoolClient.ExplicitAuthFlows | reverted',
    'app client web () | UserPoolClient.PreventUserExistenceErrors | reverted',
    'app client web () | UserPoolClient.AnalyticsConfiguration | reverted',
  ]);
});

test('managed login: a customized style is reset, a missing one is created', () => {
  const responses = responsesOf(KITCHEN);
  const [webId] = [...responses.files.values()]
    .filter((j) => j.UserPoolClient?.ClientName === 'web')
    .map((j) => j.UserPoolClient.ClientId);
  response(
    responses,
    `describe-managed-login-branding-by-client-${webId}.json`,
  ).ManagedLoginBranding.UseCognitoProvidedValues = false;
  expect(noteKeys(importResponses(responses))).toEqual([
    `app client web (${webId}) | ManagedLoginBranding.UseCognitoProvidedValues | reverted`,
  ]);

  responses.files.set(`describe-managed-login-branding-by-client-${webId}.json`, '');
  const none = importResponses(responses);
  expect(noteKeys(none)).toEqual([`app client web (${webId}) | ManagedLoginBranding | added`]);
  expect(none.blocking).toEqual([]);
  expect(
    none.config.userPools!['kitchen-sink-members'].clients!.web.brandingImportId,
  ).toBeUndefined();
});

test('without GetUserPoolMfaConfig the second factors are unknown, and said so', () => {
  const responses = responsesOf(KITCHEN);
  responses.files.delete('get-user-pool-mfa-config.json');
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    `user pool ${responses.poolId} | UserPool.MfaConfiguration | unverified`,
    `user pool ${responses.poolId} | UserPool.SmsConfiguration | kept`,
  ]);
  // mode required with no method does not validate: nothing would be written.
  expect(result.diagnostics.map((d) => d.code)).toEqual(['mfa-config']);
});

test('a pool without the managed-by tag gets it: an addition, not a loss', () => {
  const responses = responsesOf('config/auth0.yaml');
  delete response(responses, 'describe-user-pool.json').UserPool.UserPoolTags['managed-by'];
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    `user pool ${responses.poolId} | UserPool.UserPoolTags.managed-by | added`,
  ]);
  expect(result.blocking).toEqual([]);
});

test('a recovery setting cogfed would not derive is reverted', () => {
  const responses = responsesOf('config/auth0.yaml');
  response(responses, 'describe-user-pool.json').UserPool.AccountRecoverySetting = {
    RecoveryMechanisms: [{ Priority: 1, Name: 'admin_only' }],
  };
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    `user pool ${responses.poolId} | UserPool.AccountRecoverySetting | reverted`,
  ]);
  expect(result.notes[0].why).toContain('1:verified_email');
});

test('OIDC: some endpoints only are kept by ignore_changes; unknown detail keys are removed', () => {
  const responses = responsesOf('config/auth0.yaml');
  const details = response(responses, 'describe-identity-provider-Auth0.json').IdentityProvider
    .ProviderDetails;
  details.jwks_uri = 'https://initech.eu.auth0.com/.well-known/jwks.json';
  details.token_request_method = 'POST';
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    'identity provider Auth0 (OIDC) | IdentityProvider.ProviderDetails.jwks_uri | kept',
    'identity provider Auth0 (OIDC) | IdentityProvider.ProviderDetails.token_request_method | reverted',
  ]);
  expect(
    result.config.userPools!['initech-members'].identityProviders!.Auth0.endpoints,
  ).toBeUndefined();
});

test('an attribute cogfed does not know is reported wherever it is nested', () => {
  const responses = responsesOf('config/auth0.yaml');
  response(responses, 'describe-user-pool.json').UserPool.Policies.PasswordPolicy.MaximumAgeDays =
    90;
  const client = [...responses.files.values()].find((j) => j.UserPoolClient).UserPoolClient;
  client.TokenValidityUnits.DeviceToken = 'days';
  const result = importResponses(responses);
  expect(noteKeys(result)).toEqual([
    `app client initech-portal (${client.ClientId}) | UserPoolClient.TokenValidityUnits.DeviceToken | unverified`,
    `user pool ${responses.poolId} | UserPool.Policies.PasswordPolicy.MaximumAgeDays | unverified`,
  ]);
  expect(result.blocking).toHaveLength(2);
});
