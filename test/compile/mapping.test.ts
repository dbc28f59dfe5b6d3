import { HEADER, yaml } from '../helpers/validate';
import { Json, stackOf } from './helpers';

/**
 * One test per mapping rule: what a YAML setting becomes in cdk.tf.json.
 * Every input goes through validation first (modelOf throws on findings).
 */

/** A pool `p` with the given body (indented under `p:`). */
function pool(body: string, extraTop = ''): Json {
  const indented = body
    .replace(/^\n/, '')
    .split('\n')
    .map((line) => (line.trim() ? `    ${line}` : line))
    .join('\n');
  return stackOf(`${HEADER}${extraTop}userPools:\n  p:\n${indented}\n`);
}

const userPool = (stack: Json) => stack.resource.aws_cognito_user_pool.p;

/** A pool with one OIDC provider `Idp` (secret given) and one code-flow client `web` using it. */
function federated(secret: string, extra = ''): Json {
  return pool(yaml`
    domain: { prefix: test-login }
    identityProviders:
      Idp:
        type: oidc
        issuer: https://idp.example.com
        clientId: the-client-id
        clientSecret: ${secret}
        scopes: [openid, email]
    clients:
      web:
        callbackUrls: [https://app.example.com/cb]
        oauth: { flows: [code], scopes: [openid, email] }
        identityProviders: [Idp, COGNITO]
    ${extra}
  `);
}

describe('user pool', () => {
  test('deletion protection and prevent_destroy by default', () => {
    const p = userPool(pool('name: x'));
    expect(p.deletion_protection).toBe('ACTIVE');
    expect(p.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('deletionProtection: false opts out of both', () => {
    const p = userPool(pool('deletionProtection: false'));
    expect(p.deletion_protection).toBe('INACTIVE');
    expect(p.lifecycle).toBeUndefined();
  });

  test('a sound password policy by default, written in full', () => {
    expect(userPool(pool('name: x')).password_policy).toEqual({
      minimum_length: 12,
      require_lowercase: true,
      require_numbers: true,
      require_symbols: true,
      require_uppercase: true,
      temporary_password_validity_days: 7,
    });
  });

  test('sign-in: username attributes, case sensitivity, auto-verification, recovery by email', () => {
    const p = userPool(
      pool(yaml`
      signIn: { usernameAttributes: [email], caseSensitive: false }
    `),
    );
    expect(p.username_attributes).toEqual(['email']);
    expect(p.username_configuration).toEqual({ case_sensitive: false });
    expect(p.auto_verified_attributes).toEqual(['email']);
    expect(p.account_recovery_setting).toEqual({
      recovery_mechanism: [{ name: 'verified_email', priority: 1 }],
    });
  });

  test('recovery by phone too, second, when the pool verifies phone numbers', () => {
    const p = userPool(pool('signIn: { usernameAttributes: [email, phone_number] }'));
    expect(p.account_recovery_setting.recovery_mechanism).toEqual([
      { name: 'verified_email', priority: 1 },
      { name: 'verified_phone_number', priority: 2 },
    ]);
  });

  test('no recovery by phone with SMS MFA, and not by email alone with email MFA (AWS refuses both)', () => {
    const sms = userPool(
      pool(yaml`
      signIn: { usernameAttributes: [email, phone_number] }
      mfa: { mode: optional, methods: [sms], sms: { snsCallerArn: 'arn:aws:iam::111122223333:role/sns', externalId: x } }
    `),
    );
    expect(sms.account_recovery_setting.recovery_mechanism).toEqual([
      { name: 'verified_email', priority: 1 },
    ]);
    const email = userPool(
      pool(yaml`
      signIn: { usernameAttributes: [email] }
      email: { sesSourceArn: 'arn:aws:ses:us-east-1:111122223333:identity/acme.com' }
      mfa: { mode: optional, methods: [email] }
    `),
    );
    expect(email.account_recovery_setting.recovery_mechanism).toEqual([
      { name: 'admin_only', priority: 1 },
    ]);
  });

  test('a pool that verifies nothing recovers accounts through an administrator only', () => {
    const p = userPool(pool('name: x'));
    expect(p.username_attributes).toBeUndefined();
    expect(p.account_recovery_setting).toEqual({
      recovery_mechanism: [{ name: 'admin_only', priority: 1 }],
    });
  });

  test('tier is written when given', () => {
    expect(userPool(pool('tier: plus')).user_pool_tier).toBe('PLUS');
    expect(userPool(pool('name: x')).user_pool_tier).toBeUndefined();
  });
});

describe('MFA', () => {
  test('off by default, no factor blocks', () => {
    const p = userPool(pool('name: x'));
    expect(p.mfa_configuration).toBe('OFF');
    expect(p.software_token_mfa_configuration).toBeUndefined();
    expect(p.email_mfa_configuration).toBeUndefined();
    expect(p.sms_configuration).toBeUndefined();
  });

  test('optional TOTP', () => {
    const p = userPool(pool('mfa: { mode: optional, methods: [totp] }'));
    expect(p.mfa_configuration).toBe('OPTIONAL');
    expect(p.software_token_mfa_configuration).toEqual({ enabled: true });
  });

  test('required SMS: the SNS role', () => {
    const p = userPool(
      pool(yaml`
      mfa:
        mode: required
        methods: [sms]
        sms: { snsCallerArn: 'arn:aws:iam::111122223333:role/sns', externalId: ext-1 }
    `),
    );
    expect(p.mfa_configuration).toBe('ON');
    expect(p.sms_configuration).toEqual({
      external_id: 'ext-1',
      sns_caller_arn: 'arn:aws:iam::111122223333:role/sns',
    });
    expect(p.software_token_mfa_configuration).toBeUndefined();
  });

  test('email MFA with SES sending (DEVELOPER)', () => {
    const p = userPool(
      pool(yaml`
      tier: essentials
      email: { sesSourceArn: 'arn:aws:ses:us-east-1:111122223333:identity/acme.com', from: 'Acme <no-reply@acme.com>', replyTo: help@acme.com }
      mfa: { mode: optional, methods: [email, totp] }
    `),
    );
    expect(p.email_mfa_configuration).toEqual({});
    expect(p.email_configuration).toEqual({
      email_sending_account: 'DEVELOPER',
      from_email_address: 'Acme <no-reply@acme.com>',
      reply_to_email_address: 'help@acme.com',
      source_arn: 'arn:aws:ses:us-east-1:111122223333:identity/acme.com',
    });
    expect(p.software_token_mfa_configuration).toEqual({ enabled: true });
  });
});

describe('custom attributes', () => {
  test('string constraints always in full, as strings, even when the file gives neither bound', () => {
    const p = userPool(
      pool(yaml`
      customAttributes:
        tenant_id: { type: string, maxLength: 64 }
        note: { type: string }
    `),
    );
    expect(p.schema).toEqual([
      {
        attribute_data_type: 'String',
        developer_only_attribute: false,
        mutable: true,
        name: 'note',
        required: false,
        string_attribute_constraints: { max_length: '2048', min_length: '0' },
      },
      {
        attribute_data_type: 'String',
        developer_only_attribute: false,
        mutable: true,
        name: 'tenant_id',
        required: false,
        string_attribute_constraints: { max_length: '64', min_length: '0' },
      },
    ]);
  });

  test('number constraints when given; other types without constraints', () => {
    const p = userPool(
      pool(yaml`
      customAttributes:
        level: { type: number, min: 1, max: 10, mutable: false }
        count: { type: number }
        active: { type: boolean }
    `),
    );
    const byName = Object.fromEntries(p.schema.map((s: Json) => [s.name, s]));
    expect(byName.level).toMatchObject({
      attribute_data_type: 'Number',
      mutable: false,
      number_attribute_constraints: { min_value: '1', max_value: '10' },
    });
    expect(byName.count.number_attribute_constraints).toBeUndefined();
    expect(byName.active).toEqual({
      attribute_data_type: 'Boolean',
      developer_only_attribute: false,
      mutable: true,
      name: 'active',
      required: false,
    });
    expect(p.schema.map((s: Json) => s.name)).toEqual(['active', 'count', 'level']);
  });
});

describe('domain', () => {
  test('a Cognito prefix; managed_login_version always written', () => {
    const d = pool('domain: { prefix: test-login }').resource.aws_cognito_user_pool_domain.p;
    expect(d).toMatchObject({
      domain: 'test-login',
      managed_login_version: 1,
      user_pool_id: '${aws_cognito_user_pool.p.id}',
    });
    expect(d.certificate_arn).toBeUndefined();
  });

  test('a custom domain with its certificate', () => {
    const arn =
      'arn:aws:acm:us-east-1:111122223333:certificate/8f0e3c51-6a37-4c2b-9a8e-0b1c2d3e4f5a';
    const d = pool(
      `domain: { custom: { name: login.example.com, certificateArn: '${arn}' }, managedLoginVersion: 2 }`,
    ).resource.aws_cognito_user_pool_domain.p;
    expect(d).toMatchObject({
      domain: 'login.example.com',
      certificate_arn: arn,
      managed_login_version: 2,
    });
  });
});

describe('managed login branding', () => {
  const withClients = (version: number) =>
    pool(yaml`
      domain: { prefix: test-login, managedLoginVersion: ${version} }
      resourceServers:
        api: { identifier: https://api.example.com, scopes: { read: Read } }
      clients:
        web: { callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [COGNITO] }
        spa: { callbackUrls: [https://spa.example.com/cb], oauth: { flows: [implicit], scopes: [openid] }, identityProviders: [COGNITO] }
        worker: { generateSecret: true, oauth: { flows: [client_credentials], scopes: [https://api.example.com/read] } }
        native: { authFlows: [user-srp, refresh-token] }
    `);

  test('version 2: one default style per client that uses the hosted pages', () => {
    const branding = withClients(2).resource.aws_cognito_managed_login_branding;
    expect(Object.keys(branding)).toEqual(['p__spa', 'p__web']);
    expect(branding.p__web).toMatchObject({
      client_id: '${aws_cognito_user_pool_client.p__web.id}',
      user_pool_id: '${aws_cognito_user_pool.p.id}',
      use_cognito_provided_values: true,
    });
  });

  test('version 1: none', () => {
    expect(withClients(1).resource.aws_cognito_managed_login_branding).toBeUndefined();
  });
});

describe('resource servers', () => {
  test('scopes sorted; a client using a scope depends on its server, others do not', () => {
    const stack = pool(yaml`
      resourceServers:
        orders: { identifier: https://api.example.com/orders, name: Orders, scopes: { write: Change, read: Read } }
        billing: { identifier: billing, scopes: { view: View } }
      clients:
        worker: { generateSecret: true, oauth: { flows: [client_credentials], scopes: [https://api.example.com/orders/read] } }
        both: { generateSecret: true, oauth: { flows: [client_credentials], scopes: [billing/view, https://api.example.com/orders/write] } }
        plain: { authFlows: [user-srp] }
    `);
    expect(stack.resource.aws_cognito_resource_server.p__orders).toMatchObject({
      identifier: 'https://api.example.com/orders',
      name: 'Orders',
      scope: [
        { scope_name: 'read', scope_description: 'Read' },
        { scope_name: 'write', scope_description: 'Change' },
      ],
    });
    const clients = stack.resource.aws_cognito_user_pool_client;
    expect(clients.p__worker.depends_on).toEqual(['aws_cognito_resource_server.p__orders']);
    expect(clients.p__both.depends_on).toEqual([
      'aws_cognito_resource_server.p__billing',
      'aws_cognito_resource_server.p__orders',
    ]);
    expect(clients.p__plain.depends_on).toBeUndefined();
  });
});

describe('identity providers', () => {
  test('OIDC provider details: only the keys the user owns, scopes space-joined in file order', () => {
    const idp = federated('{ ssm: /idp/secret }').resource.aws_cognito_identity_provider.p__Idp;
    expect(idp).toMatchObject({
      provider_name: 'Idp',
      provider_type: 'OIDC',
      user_pool_id: '${aws_cognito_user_pool.p.id}',
      attribute_mapping: { username: 'sub' },
    });
    expect(idp.provider_details).toEqual({
      attributes_request_method: 'GET',
      authorize_scopes: 'openid email',
      client_id: 'the-client-id',
      client_secret: '${data.aws_ssm_parameter.p__Idp__client_secret.value}',
      oidc_issuer: 'https://idp.example.com',
    });
    expect(idp.idp_identifiers).toBeUndefined();
  });

  test('drift: Cognito-owned detail keys are ignored, user-owned ones never', () => {
    const idp = federated('{ ssm: /idp/secret }').resource.aws_cognito_identity_provider.p__Idp;
    expect(idp.lifecycle.ignore_changes).toEqual([
      'provider_details["attributes_url"]',
      'provider_details["attributes_url_add_attributes"]',
      'provider_details["authorize_url"]',
      'provider_details["jwks_uri"]',
      'provider_details["token_url"]',
    ]);
  });

  test("explicit endpoints are written and, being the user's, not ignored", () => {
    const stack = pool(yaml`
      identityProviders:
        Legacy:
          type: oidc
          issuer: https://legacy.example.com
          clientId: c
          clientSecret: { variable: legacy_secret }
          scopes: [openid]
          attributesRequestMethod: POST
          identifiers: [legacy.example.com, old.example.com]
          endpoints:
            authorize: https://legacy.example.com/authorize
            token: https://legacy.example.com/token
            userInfo: https://legacy.example.com/userinfo
            jwks: https://legacy.example.com/jwks
    `);
    const idp = stack.resource.aws_cognito_identity_provider.p__Legacy;
    expect(idp.provider_details).toMatchObject({
      attributes_request_method: 'POST',
      authorize_url: 'https://legacy.example.com/authorize',
      token_url: 'https://legacy.example.com/token',
      attributes_url: 'https://legacy.example.com/userinfo',
      jwks_uri: 'https://legacy.example.com/jwks',
    });
    expect(idp.idp_identifiers).toEqual(['legacy.example.com', 'old.example.com']);
    expect(idp.lifecycle.ignore_changes).toEqual([
      'provider_details["attributes_url_add_attributes"]',
    ]);
  });

  test('a provider name with characters Terraform names cannot hold gets a sanitized, hashed address', () => {
    const stack = pool(yaml`
      identityProviders:
        Acme.Corp:
          type: oidc
          issuer: https://acme.example.com
          clientId: c
          clientSecret: { ssm: /acme }
          scopes: [openid]
    `);
    const [name] = Object.keys(stack.resource.aws_cognito_identity_provider);
    expect(name).toMatch(/^p__Acme_Corp__h[0-9a-f]{8}$/);
    expect(stack.resource.aws_cognito_identity_provider[name].provider_name).toBe('Acme.Corp');
  });
});

describe('secrets: references only, never values', () => {
  const secretOf = (stack: Json) =>
    stack.resource.aws_cognito_identity_provider.p__Idp.provider_details.client_secret;

  test('{ ssm } → a decrypted aws_ssm_parameter data source', () => {
    const stack = federated('{ ssm: /idp/secret }');
    expect(stack.data.aws_ssm_parameter.p__Idp__client_secret).toMatchObject({
      name: '/idp/secret',
      with_decryption: true,
    });
    expect(secretOf(stack)).toBe('${data.aws_ssm_parameter.p__Idp__client_secret.value}');
  });

  test('{ secretsManager } → the secret string', () => {
    const stack = federated('{ secretsManager: idp/secret }');
    expect(stack.data.aws_secretsmanager_secret_version.p__Idp__client_secret).toMatchObject({
      secret_id: 'idp/secret',
    });
    expect(secretOf(stack)).toBe(
      '${data.aws_secretsmanager_secret_version.p__Idp__client_secret.secret_string}',
    );
  });

  test('{ secretsManager, key } → one field of the JSON secret', () => {
    const stack = federated('{ secretsManager: idp/secret, key: client-secret }');
    expect(secretOf(stack)).toBe(
      '${jsondecode(data.aws_secretsmanager_secret_version.p__Idp__client_secret.secret_string)["client-secret"]}',
    );
  });

  test('a key with quotes or backslashes is escaped as an HCL string', () => {
    const stack = federated(String.raw`{ secretsManager: idp/secret, key: 'we"ird\key' }`);
    expect(secretOf(stack)).toBe(
      String.raw`${'$'}{jsondecode(data.aws_secretsmanager_secret_version.p__Idp__client_secret.secret_string)["we\"ird\\key"]}`,
    );
  });

  test('{ variable } → one sensitive string variable per name, TF_VAR_ named in its description', () => {
    const stack = pool(yaml`
      identityProviders:
        One: { type: oidc, issuer: https://one.example.com, clientId: a, clientSecret: { variable: shared_secret }, scopes: [openid] }
        Two: { type: oidc, issuer: https://two.example.com, clientId: b, clientSecret: { variable: shared_secret }, scopes: [openid] }
    `);
    expect(Object.keys(stack.variable)).toEqual(['shared_secret']);
    expect(stack.variable.shared_secret).toMatchObject({
      type: 'string',
      sensitive: true,
      nullable: false,
    });
    expect(stack.variable.shared_secret.description).toContain('TF_VAR_shared_secret');
    expect(stack.variable.shared_secret.description).toContain('One');
    expect(stack.variable.shared_secret.description).toContain('Two');
    expect(stack.resource.aws_cognito_identity_provider.p__One.provider_details.client_secret).toBe(
      '${var.shared_secret}',
    );
    expect(stack.resource.aws_cognito_identity_provider.p__Two.provider_details.client_secret).toBe(
      '${var.shared_secret}',
    );
    expect(stack.data).toBeUndefined();
  });

  test('every client_secret anywhere is a reference, and no output is sensitive', () => {
    for (const secret of [
      '{ ssm: /s }',
      '{ secretsManager: s }',
      '{ secretsManager: s, key: k }',
      '{ variable: v }',
    ]) {
      const stack = federated(secret);
      const text = JSON.stringify(stack);
      for (const match of text.matchAll(/"client_secret":"([^"]*(?:\\.[^"]*)*)"/g))
        expect(match[1]).toMatch(/^\$\{(data\.|var\.|jsondecode\(data\.)/);
      for (const output of Object.values(stack.output) as Json[])
        expect(output.sensitive).toBeUndefined();
    }
  });
});

describe('app clients', () => {
  test('supported_identity_providers refer to the provider resources; COGNITO stays literal', () => {
    const client = federated('{ ssm: /s }').resource.aws_cognito_user_pool_client.p__web;
    expect(client.supported_identity_providers).toEqual([
      'COGNITO',
      '${aws_cognito_identity_provider.p__Idp.provider_name}',
    ]);
  });

  test('OAuth, token validity with all three units, existence errors hidden, revocation on', () => {
    const stack = pool(yaml`
      clients:
        web:
          name: The Web
          callbackUrls: [https://b.example.com/cb, http://localhost:3000/cb]
          logoutUrls: [https://b.example.com/]
          defaultRedirectUri: https://b.example.com/cb
          oauth: { flows: [code], scopes: [profile, openid] }
          identityProviders: [COGNITO]
          tokenValidity: { access: 30m, id: 2h, refresh: 90d }
          readAttributes: [name, email]
          writeAttributes: [name]
    `);
    expect(stack.resource.aws_cognito_user_pool_client.p__web).toEqual({
      '//': expect.anything(),
      name: 'The Web',
      user_pool_id: '${aws_cognito_user_pool.p.id}',
      generate_secret: false,
      explicit_auth_flows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
      allowed_oauth_flows_user_pool_client: true,
      allowed_oauth_flows: ['code'],
      allowed_oauth_scopes: ['openid', 'profile'],
      callback_urls: ['http://localhost:3000/cb', 'https://b.example.com/cb'],
      logout_urls: ['https://b.example.com/'],
      default_redirect_uri: 'https://b.example.com/cb',
      supported_identity_providers: ['COGNITO'],
      access_token_validity: 30,
      id_token_validity: 2,
      refresh_token_validity: 90,
      token_validity_units: [{ access_token: 'minutes', id_token: 'hours', refresh_token: 'days' }],
      prevent_user_existence_errors: 'ENABLED',
      enable_token_revocation: true,
      read_attributes: ['email', 'name'],
      write_attributes: ['name'],
    });
  });

  test('a client without OAuth: no OAuth lists, flag false', () => {
    const client = pool('clients: { native: { authFlows: [user-srp, refresh-token] } }').resource
      .aws_cognito_user_pool_client.p__native;
    expect(client.allowed_oauth_flows_user_pool_client).toBe(false);
    for (const key of [
      'allowed_oauth_flows',
      'allowed_oauth_scopes',
      'callback_urls',
      'logout_urls',
      'supported_identity_providers',
    ])
      expect(client[key]).toBeUndefined();
  });
});

describe('outputs', () => {
  const DOMAIN = 'https://test-login.auth.us-east-1.amazoncognito.com';

  test('one output per pool: ids, ARN, issuer, domain URL, the IdP redirect URI, the token endpoint and client ids by key', () => {
    const stack = federated('{ ssm: /s }');
    expect(Object.keys(stack.output)).toEqual(['p']);
    expect(stack.output.p.value).toEqual({
      user_pool_id: '${aws_cognito_user_pool.p.id}',
      user_pool_arn: '${aws_cognito_user_pool.p.arn}',
      issuer_url: 'https://cognito-idp.us-east-1.amazonaws.com/${aws_cognito_user_pool.p.id}',
      domain_url: DOMAIN,
      idp_redirect_uri: `${DOMAIN}/oauth2/idpresponse`,
      token_endpoint: `${DOMAIN}/oauth2/token`,
      clients: { web: '${aws_cognito_user_pool_client.p__web.id}' },
    });
    expect(stack.output.p.description).toMatch(/^The user pool p: user_pool_id, /);
    expect(stack.output.p.sensitive).toBeUndefined();
  });

  test('outputs grow with pools and clients, not with clients times providers', () => {
    const providers = Array.from(
      { length: 6 },
      (_, i) =>
        `  P${i}: { type: oidc, issuer: https://idp${i}.example.com, clientId: c${i}, clientSecret: { ssm: /s${i} }, scopes: [openid] }`,
    ).join('\n');
    const clients = Array.from(
      { length: 4 },
      (_, i) =>
        `  c${i}: { callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [P0, P1, P2, P3, P4, P5] }`,
    ).join('\n');
    const stack = pool(
      `domain: { prefix: test-login }\nidentityProviders:\n${providers}\nclients:\n${clients}`,
    );
    expect(Object.keys(stack.output)).toEqual(['p']);
    expect(Object.keys(stack.output.p.value.clients)).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(stack.output.p.value.authorize_urls).toBeUndefined();
  });

  test('authorize URLs per code client and provider only when the file asks (outputs.authorizeUrls)', () => {
    const stack = federated('{ ssm: /s }', 'outputs: { authorizeUrls: true }');
    expect(stack.output.p.value.authorize_urls).toEqual({
      web: {
        Idp:
          `${DOMAIN}/oauth2/authorize?client_id=\${aws_cognito_user_pool_client.p__web.id}` +
          '&response_type=code&scope=email%20openid&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&identity_provider=Idp&login_hint=<email>',
      },
    });
    expect(stack.output.p.description).toMatch(
      /authorize_urls\.<client>\.<provider> .*replace <email>/,
    );
    expect(federated('{ ssm: /s }', 'outputs: { authorizeUrls: false }').output).toEqual(
      federated('{ ssm: /s }').output,
    );
  });

  test('keys that are user text are escaped: a provider named with ${ stays a literal key', () => {
    const stack = pool(yaml`
      domain: { prefix: test-login }
      outputs: { authorizeUrls: true }
      identityProviders:
        'a\${b}': { type: oidc, issuer: https://idp.example.com, clientId: c, clientSecret: { ssm: /s }, scopes: [openid] }
      clients:
        web: { callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: ['a\${b}'] }
    `);
    expect(Object.keys(stack.output.p.value.authorize_urls.web)).toEqual(['a$${b}']);
  });

  test('no domain: no URLs that would need one; no clients: an empty map', () => {
    expect(pool('clients: { native: { authFlows: [user-srp] } }').output.p.value).toEqual({
      user_pool_id: '${aws_cognito_user_pool.p.id}',
      user_pool_arn: '${aws_cognito_user_pool.p.arn}',
      issuer_url: 'https://cognito-idp.us-east-1.amazonaws.com/${aws_cognito_user_pool.p.id}',
      clients: { native: '${aws_cognito_user_pool_client.p__native.id}' },
    });
    expect(pool('name: x').output.p.value.clients).toEqual({});
  });
});

describe('provider and backend', () => {
  test("region and default tags (the file's tags and managed-by = cogfed); local state in the project root", () => {
    const stack = stackOf(`${HEADER}  tags: { team: identity }\n`);
    expect(stack.provider.aws).toEqual([
      {
        region: 'us-east-1',
        default_tags: [{ tags: { 'managed-by': 'cogfed', team: 'identity' } }],
      },
    ]);
    expect(stack.terraform.backend).toEqual({
      local: { path: '../../../terraform.test-stack.tfstate' },
    });
  });

  test('S3 backend with native locking and encryption', () => {
    const stack = stackOf(
      `${HEADER}backend:\n  s3: { bucket: acme-tf-state, region: eu-west-1 }\n`,
    );
    expect(stack.terraform.backend).toEqual({
      s3: {
        bucket: 'acme-tf-state',
        key: 'cognito/test-stack.tfstate',
        region: 'eu-west-1',
        encrypt: true,
        use_lockfile: true,
      },
    });
  });
});

describe('user text is never read as a Terraform expression', () => {
  test('${ and %{ in user text are escaped', () => {
    const stack = pool(yaml`
      resourceServers:
        api: { identifier: https://api.example.com, scopes: { read: 'Costs ${'$'}{price} %{if x}' } }
    `);
    expect(stack.resource.aws_cognito_resource_server.p__api.scope).toEqual([
      { scope_name: 'read', scope_description: 'Costs $${price} %%{if x}' },
    ]);
  });
});
