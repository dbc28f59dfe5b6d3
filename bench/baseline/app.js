#!/usr/bin/env node
// The benchmarks' baseline: a hand-written CDKTF app that creates the same
// Terraform resources as cogfed for the same input, the way someone would
// write it without cogfed. It reads cogfed's normalized models from JSON
// (written once, before timing, by dump-models.js), so it never parses YAML
// and never validates: what it costs is only loading cdktf and the provider
// classes it uses, building the constructs and writing the JSON.
//
//   node bench/baseline/app.js MODELS.json [OUTDIR]
//
// OUTDIR defaults to $CDKTF_OUTDIR (set by `cdktf synth`), else cdktf.out.
// Every resource class comes from its own module, never from the package
// root of @cdktf/provider-aws (which loads every AWS resource there is).
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const {
  App,
  Fn,
  LocalBackend,
  S3Backend,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
} = require('cdktf');
const { AwsProvider } = require('@cdktf/provider-aws/lib/provider');
const { CognitoUserPool } = require('@cdktf/provider-aws/lib/cognito-user-pool');
const { CognitoUserPoolDomain } = require('@cdktf/provider-aws/lib/cognito-user-pool-domain');
const { CognitoResourceServer } = require('@cdktf/provider-aws/lib/cognito-resource-server');
const { CognitoIdentityProvider } = require('@cdktf/provider-aws/lib/cognito-identity-provider');
const { CognitoUserPoolClient } = require('@cdktf/provider-aws/lib/cognito-user-pool-client');
const {
  CognitoManagedLoginBranding,
} = require('@cdktf/provider-aws/lib/cognito-managed-login-branding');
const { DataAwsSsmParameter } = require('@cdktf/provider-aws/lib/data-aws-ssm-parameter');
const {
  DataAwsSecretsmanagerSecretVersion,
} = require('@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version');
const {
  DataAwsCognitoUserPoolSigningCertificate,
} = require('@cdktf/provider-aws/lib/data-aws-cognito-user-pool-signing-certificate');

const ENDPOINT_KEYS = {
  authorize: 'authorize_url',
  token: 'token_url',
  userInfo: 'attributes_url',
  jwks: 'jwks_uri',
};

// Terraform reads `${` and `%{` in a string as template syntax; user text is escaped.
const literal = (text) => text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
const literals = (list) => list.map(literal);
const literalMap = (record) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [literal(k), literal(v)]));

// Addresses: YAML keys joined with `__`; a provider name that is not a clean
// identifier is cleaned and tagged with a hash of the original.
const join = (...parts) => parts.join('__');
function cleanName(name) {
  let clean = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (!/^[A-Za-z_]/.test(clean)) clean = `_${clean}`;
  if (clean === name && !name.includes('__')) return name;
  return `${clean}__h${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8)}`;
}

/** Create `Class` with the Terraform address `<type>.<name>`. */
function create(Class, stack, type, name, config) {
  const element = new Class(stack, `${type}.${name}`, config);
  element.overrideLogicalId(name);
  return element;
}

function addProvider(stack, model) {
  new AwsProvider(stack, 'aws', {
    region: literal(model.region),
    defaultTags: [{ tags: literalMap({ 'managed-by': 'cogfed', ...model.tags }) }],
  });
}

function addBackend(stack, model, outdir) {
  const backend = model.backend;
  if (backend.kind === 's3') {
    const s3 = new S3Backend(stack, {
      bucket: literal(backend.bucket),
      key: literal(backend.key),
      region: literal(backend.region),
      encrypt: backend.encrypt,
    });
    s3.addOverride('use_lockfile', backend.useLockfile);
    return;
  }
  // State in the project root, written relative to the folder Terraform runs in.
  const up = path
    .relative(path.resolve(outdir, 'stacks', model.stack), process.cwd())
    .split(path.sep)
    .join('/');
  new LocalBackend(stack, { path: `${up ? `${up}/` : ''}terraform.${model.stack}.tfstate` });
}

function recoveryMechanisms(pool) {
  const channels = new Set([...pool.usernameAttributes, ...pool.autoVerifiedAttributes]);
  let names = [];
  if (channels.has('email')) names.push('verified_email');
  if (channels.has('phone_number') && !pool.mfa.sms) names.push('verified_phone_number');
  if (pool.mfa.email && names.length === 1 && names[0] === 'verified_email') names = [];
  if (names.length === 0) names = ['admin_only'];
  return names.map((name, index) => ({ name, priority: index + 1 }));
}

function schemaEntry(attribute) {
  const entry = {
    name: literal(attribute.name),
    attributeDataType: attribute.type,
    mutable: attribute.mutable,
    required: false,
    developerOnlyAttribute: false,
  };
  if (attribute.stringConstraints) {
    entry.stringAttributeConstraints = {
      minLength: String(attribute.stringConstraints.minLength),
      maxLength: String(attribute.stringConstraints.maxLength),
    };
  }
  if (attribute.numberConstraints) {
    entry.numberAttributeConstraints = {};
    if (attribute.numberConstraints.min !== undefined)
      entry.numberAttributeConstraints.minValue = String(attribute.numberConstraints.min);
    if (attribute.numberConstraints.max !== undefined)
      entry.numberAttributeConstraints.maxValue = String(attribute.numberConstraints.max);
  }
  return entry;
}

function addUserPool(stack, pool) {
  const policy = pool.passwordPolicy;
  const config = {
    name: literal(pool.name),
    deletionProtection: pool.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    usernameConfiguration: { caseSensitive: pool.caseSensitive },
    passwordPolicy: {
      minimumLength: policy.minimumLength,
      requireLowercase: policy.requireLowercase,
      requireUppercase: policy.requireUppercase,
      requireNumbers: policy.requireNumbers,
      requireSymbols: policy.requireSymbols,
      temporaryPasswordValidityDays: policy.temporaryPasswordValidityDays,
    },
    accountRecoverySetting: { recoveryMechanism: recoveryMechanisms(pool) },
    mfaConfiguration: pool.mfa.configuration,
  };
  if (policy.historySize !== undefined)
    config.passwordPolicy.passwordHistorySize = policy.historySize;
  if (pool.deletionProtection) config.lifecycle = { preventDestroy: true };
  if (pool.tier) config.userPoolTier = pool.tier;
  if (pool.usernameAttributes.length > 0)
    config.usernameAttributes = literals(pool.usernameAttributes);
  if (pool.autoVerifiedAttributes.length > 0)
    config.autoVerifiedAttributes = literals(pool.autoVerifiedAttributes);
  if (pool.mfa.totp) config.softwareTokenMfaConfiguration = { enabled: true };
  if (pool.mfa.email) config.emailMfaConfiguration = {};
  if (pool.mfa.sms) {
    config.smsConfiguration = {
      snsCallerArn: literal(pool.mfa.sms.snsCallerArn),
      externalId: literal(pool.mfa.sms.externalId),
    };
    if (pool.mfa.sms.snsRegion) config.smsConfiguration.snsRegion = literal(pool.mfa.sms.snsRegion);
  }
  if (pool.email) {
    config.emailConfiguration = {
      emailSendingAccount: 'DEVELOPER',
      sourceArn: literal(pool.email.sesSourceArn),
    };
    if (pool.email.from) config.emailConfiguration.fromEmailAddress = literal(pool.email.from);
    if (pool.email.replyTo)
      config.emailConfiguration.replyToEmailAddress = literal(pool.email.replyTo);
  }
  if (pool.customAttributes.length > 0) config.schema = pool.customAttributes.map(schemaEntry);
  return create(CognitoUserPool, stack, 'aws_cognito_user_pool', pool.id, config);
}

function addDomain(stack, pool, userPoolId) {
  const domain = pool.domain;
  const config = {
    userPoolId,
    domain: literal(domain.kind === 'prefix' ? domain.prefix : domain.name),
    managedLoginVersion: domain.managedLoginVersion,
  };
  if (domain.kind === 'custom') config.certificateArn = literal(domain.certificateArn);
  return create(CognitoUserPoolDomain, stack, 'aws_cognito_user_pool_domain', pool.id, config);
}

function addResourceServer(stack, pool, server, userPoolId) {
  return create(
    CognitoResourceServer,
    stack,
    'aws_cognito_resource_server',
    join(pool.id, server.id),
    {
      userPoolId,
      identifier: literal(server.identifier),
      name: literal(server.name),
      scope: server.scopes.map((scope) => ({
        scopeName: literal(scope.name),
        scopeDescription: literal(scope.description),
      })),
    },
  );
}

/** A reference to a provider's secret (its client secret, Apple's private key): a data source, or a sensitive variable (declared per stack at the end). */
function secretReference(
  stack,
  pool,
  provider,
  variables,
  field = 'clientSecret',
  detail = 'client_secret',
) {
  const ref = provider[field];
  const name = join(pool.id, cleanName(provider.name), detail);
  if (ref.ssm !== undefined) {
    return create(DataAwsSsmParameter, stack, 'data.aws_ssm_parameter', name, {
      name: literal(ref.ssm),
      withDecryption: true,
    }).value;
  }
  if (ref.secretsManager !== undefined) {
    const version = create(
      DataAwsSecretsmanagerSecretVersion,
      stack,
      'data.aws_secretsmanager_secret_version',
      name,
      { secretId: literal(ref.secretsManager) },
    );
    return ref.key === undefined
      ? version.secretString
      : Fn.lookupNested(Fn.jsondecode(version.secretString), [ref.key]);
  }
  const uses = variables.get(ref.variable) ?? [];
  uses.push(`The ${detail} of the identity provider ${provider.name} (user pool ${pool.id})`);
  variables.set(ref.variable, uses);
  return `\${var.${ref.variable}}`;
}

/** Cognito's provider_type of the social types. */
const SOCIAL_TYPES = {
  google: 'Google',
  facebook: 'Facebook',
  apple: 'SignInWithApple',
  amazon: 'LoginWithAmazon',
};

function addIdentityProvider(stack, pool, provider, userPoolId, variables) {
  if (provider.type === 'saml') return addSamlProvider(stack, pool, provider, userPoolId);
  if (SOCIAL_TYPES[provider.type])
    return addSocialProvider(stack, pool, provider, userPoolId, variables);
  const details = {
    client_id: literal(provider.clientId),
    client_secret: secretReference(stack, pool, provider, variables),
    authorize_scopes: literal(provider.scopes.join(' ')),
    attributes_request_method: provider.attributesRequestMethod,
    oidc_issuer: literal(provider.issuer),
  };
  const ignored = ['attributes_url_add_attributes'];
  for (const [field, key] of Object.entries(ENDPOINT_KEYS)) {
    const url = provider.endpoints?.[field];
    if (url) details[key] = literal(url);
    else ignored.push(key);
  }
  const config = {
    userPoolId,
    providerName: literal(provider.name),
    providerType: 'OIDC',
    providerDetails: details,
    attributeMapping: literalMap(provider.attributeMapping),
    lifecycle: { ignoreChanges: ignored.sort().map((key) => `provider_details["${key}"]`) },
  };
  if (provider.identifiers.length > 0) config.idpIdentifiers = literals(provider.identifiers);
  return create(
    CognitoIdentityProvider,
    stack,
    'aws_cognito_identity_provider',
    join(pool.id, cleanName(provider.name)),
    config,
  );
}

/** SAML: the metadata (URL or the document itself) and the flags, as strings. */
function addSamlProvider(stack, pool, provider, userPoolId) {
  const details = {
    EncryptedResponses: String(provider.encryptedResponses),
    IDPInit: String(provider.idpInitiated),
    IDPSignout: String(provider.signOut),
  };
  if (provider.metadata.kind === 'url') details.MetadataURL = literal(provider.metadata.url);
  else details.MetadataFile = literal(provider.metadata.content);
  if (provider.requestSigningAlgorithm)
    details.RequestSigningAlgorithm = provider.requestSigningAlgorithm;
  const config = {
    userPoolId,
    providerName: literal(provider.name),
    providerType: 'SAML',
    providerDetails: details,
    attributeMapping: literalMap(provider.attributeMapping),
    // Cognito writes these back.
    lifecycle: {
      ignoreChanges: [
        'ActiveEncryptionCertificate',
        'SLORedirectBindingURI',
        'SSORedirectBindingURI',
      ].map((key) => `provider_details["${key}"]`),
    },
  };
  if (provider.identifiers.length > 0) config.idpIdentifiers = literals(provider.identifiers);
  return create(
    CognitoIdentityProvider,
    stack,
    'aws_cognito_identity_provider',
    join(pool.id, cleanName(provider.name)),
    config,
  );
}

/** Google, Facebook, Sign in with Apple, Login with Amazon: client id, scopes and the type's secret. */
function addSocialProvider(stack, pool, provider, userPoolId, variables) {
  const details = {
    client_id: literal(provider.clientId),
    authorize_scopes: literal(provider.scopes.join(provider.type === 'facebook' ? ',' : ' ')),
  };
  if (provider.type === 'apple') {
    details.team_id = literal(provider.teamId);
    details.key_id = literal(provider.keyId);
    details.private_key = secretReference(
      stack,
      pool,
      provider,
      variables,
      'privateKey',
      'private_key',
    );
  } else {
    details.client_secret = secretReference(stack, pool, provider, variables);
  }
  if (provider.apiVersion) details.api_version = literal(provider.apiVersion);
  return create(
    CognitoIdentityProvider,
    stack,
    'aws_cognito_identity_provider',
    join(pool.id, cleanName(provider.name)),
    {
      userPoolId,
      providerName: literal(provider.name),
      providerType: SOCIAL_TYPES[provider.type],
      providerDetails: details,
      attributeMapping: literalMap(provider.attributeMapping),
      lifecycle: {
        ignoreChanges: [
          'attributes_url',
          'attributes_url_add_attributes',
          'authorize_url',
          'oidc_issuer',
          'token_request_method',
          'token_url',
        ].map((key) => `provider_details["${key}"]`),
      },
    },
  );
}

function addClient(stack, pool, client, userPoolId, providers, servers) {
  const { access, id, refresh } = client.tokenValidity;
  const config = {
    userPoolId,
    name: literal(client.name),
    generateSecret: client.generateSecret,
    explicitAuthFlows: literals(client.explicitAuthFlows),
    allowedOauthFlowsUserPoolClient: client.oauthFlows.length > 0,
    accessTokenValidity: access.value,
    idTokenValidity: id.value,
    refreshTokenValidity: refresh.value,
    tokenValidityUnits: [
      { accessToken: access.unit, idToken: id.unit, refreshToken: refresh.unit },
    ],
    preventUserExistenceErrors: 'ENABLED',
    enableTokenRevocation: client.enableTokenRevocation,
  };
  if (client.oauthFlows.length > 0) config.allowedOauthFlows = literals(client.oauthFlows);
  if (client.oauthScopes.length > 0) config.allowedOauthScopes = literals(client.oauthScopes);
  if (client.callbackUrls.length > 0) config.callbackUrls = literals(client.callbackUrls);
  if (client.logoutUrls.length > 0) config.logoutUrls = literals(client.logoutUrls);
  if (client.defaultRedirectUri) config.defaultRedirectUri = literal(client.defaultRedirectUri);
  // Provider references (not names), so Terraform creates the providers first.
  if (client.identityProviders.length > 0)
    config.supportedIdentityProviders = client.identityProviders.map((name) =>
      name === 'COGNITO' ? name : providers.get(name).providerName,
    );
  if (client.readAttributes) config.readAttributes = literals(client.readAttributes);
  if (client.writeAttributes) config.writeAttributes = literals(client.writeAttributes);
  // The resource servers whose scopes the client is allowed must exist first.
  const scopes = new Set(client.oauthScopes);
  const used = pool.resourceServers.filter((server) =>
    server.scopes.some((scope) => scopes.has(`${server.identifier}/${scope.name}`)),
  );
  if (used.length > 0) config.dependsOn = used.map((server) => servers.get(server.id));
  return create(
    CognitoUserPoolClient,
    stack,
    'aws_cognito_user_pool_client',
    join(pool.id, client.id),
    config,
  );
}

function addBranding(stack, pool, client, userPoolId, clientId) {
  return create(
    CognitoManagedLoginBranding,
    stack,
    'aws_cognito_managed_login_branding',
    join(pool.id, client.id),
    { userPoolId, clientId, useCognitoProvidedValues: true },
  );
}

function addOutput(stack, name, value, description) {
  create(TerraformOutput, stack, 'output', name, { value, description: literal(description) });
}

/**
 * The outputs a careful engineer writes by hand: per pool its id, ARN,
 * issuer, domain URL and the redirect URI to register at the IdPs (once: it
 * is the same for every provider); per client its id. cogfed writes the same
 * values as one object output per pool (plus the token endpoint), so the
 * suite compares resources address for address and outputs by the values
 * they carry.
 */
function addOutputs(stack, model, pool, userPool, clients) {
  addOutput(stack, join(pool.id, 'user_pool_id'), userPool.id, `Id of the user pool ${pool.id}`);
  addOutput(stack, join(pool.id, 'user_pool_arn'), userPool.arn, `ARN of the user pool ${pool.id}`);
  addOutput(
    stack,
    join(pool.id, 'issuer_url'),
    `https://cognito-idp.${literal(model.region)}.amazonaws.com/${userPool.id}`,
    `Token issuer of the user pool ${pool.id}`,
  );
  for (const client of pool.clients)
    addOutput(
      stack,
      join(pool.id, client.id, 'client_id'),
      clients.get(client.id).id,
      `Client id of the app client ${client.id}`,
    );
  if (!pool.domain) return;
  const base = `https://${literal(pool.domain.host)}`;
  addOutput(stack, join(pool.id, 'domain_url'), base, `Sign-in domain of the user pool ${pool.id}`);
  addOutput(
    stack,
    join(pool.id, 'idp_redirect_uri'),
    `${base}/oauth2/idpresponse`,
    `Redirect URI to register at the identity providers of the user pool ${pool.id}`,
  );
}

function addPool(stack, model, pool, variables) {
  if (pool.existing)
    throw new Error(`baseline: pool ${pool.id} is an existing pool, which this app does not model`);
  const userPool = addUserPool(stack, pool);
  const userPoolId = userPool.id;
  if (pool.domain) addDomain(stack, pool, userPoolId);
  const servers = new Map();
  for (const server of pool.resourceServers)
    servers.set(server.id, addResourceServer(stack, pool, server, userPoolId));
  const providers = new Map();
  // A pending provider has no resource yet: its IdP is still being set up.
  for (const provider of pool.providers.filter((p) => !p.pending))
    providers.set(provider.name, addIdentityProvider(stack, pool, provider, userPoolId, variables));
  // The IdPs that verify what the pool signs (sign-out, signed requests) need its certificate.
  if (pool.providers.some((p) => p.type === 'saml' && (p.signOut || p.requestSigningAlgorithm)))
    create(
      DataAwsCognitoUserPoolSigningCertificate,
      stack,
      'data.aws_cognito_user_pool_signing_certificate',
      pool.id,
      { userPoolId },
    );
  const clients = new Map();
  for (const client of pool.clients) {
    const resource = addClient(stack, pool, client, userPoolId, providers, servers);
    clients.set(client.id, resource);
    const hostedPages =
      client.oauthFlows.includes('code') || client.oauthFlows.includes('implicit');
    if (pool.domain?.managedLoginVersion === 2 && hostedPages)
      addBranding(stack, pool, client, userPoolId, resource.id);
  }
  addOutputs(stack, model, pool, userPool, clients);
}

function addVariables(stack, variables) {
  for (const [name, uses] of variables) {
    create(TerraformVariable, stack, 'variable', name, {
      type: 'string',
      sensitive: true,
      nullable: false,
      description: literal(
        `${uses.join('; ')}. A secret: the pipeline sets TF_VAR_${name} for terraform plan and apply; never commit it.`,
      ),
    });
  }
}

function addStack(app, model, outdir) {
  const stack = new TerraformStack(app, model.stack);
  addProvider(stack, model);
  addBackend(stack, model, outdir);
  const variables = new Map();
  for (const pool of model.pools) addPool(stack, model, pool, variables);
  addVariables(stack, variables);
}

function main() {
  const [modelsFile, outdirArg] = process.argv.slice(2);
  if (!modelsFile) {
    process.stderr.write('usage: node bench/baseline/app.js MODELS.json [OUTDIR]\n');
    process.exit(2);
  }
  const models = JSON.parse(fs.readFileSync(modelsFile, 'utf8'));
  const outdir = outdirArg ?? process.env.CDKTF_OUTDIR ?? 'cdktf.out';
  // No stack traces in metadata: cogfed turns them off too, and they cost time.
  const app = new App({ outdir, stackTraces: false });
  for (const model of models) addStack(app, model, outdir);
  app.synth();
}

module.exports = { addStack };

if (require.main === module) main();
