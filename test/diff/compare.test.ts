import { compareStacks } from '../../src/outputs/diff/compare';
import type { TerraformJson } from '../../src/outputs/diff/terraform';
import { HAZARD_KINDS } from '../../src/outputs/diff/hazard-codes';
import { REPLACEMENT_RULES, replacingRule } from '../../src/outputs/diff/replacement';
import { leaves, showValue } from '../../src/outputs/diff/attributes';

/** Hand-written Terraform JSON in the shape cdktf writes (with its `//` metadata), so the engine is tested apart from the compiler. */
function stack(
  overrides: {
    pool?: object;
    domain?: object;
    client?: object;
    provider?: object;
    extra?: object;
  } = {},
) {
  return {
    '//': { metadata: { stackName: 's' } },
    provider: { aws: [{ region: 'us-east-1' }] },
    terraform: { backend: { local: { path: 'x.tfstate' } } },
    resource: {
      aws_cognito_user_pool: {
        customers: {
          '//': { metadata: { path: 's/pool' } },
          name: 'acme',
          username_attributes: ['email'],
          username_configuration: { case_sensitive: false },
          ...overrides.pool,
        },
      },
      aws_cognito_user_pool_domain: {
        customers: {
          domain: 'acme-login',
          user_pool_id: '${aws_cognito_user_pool.customers.id}',
          ...overrides.domain,
        },
      },
      aws_cognito_identity_provider: {
        customers__Okta: {
          user_pool_id: '${aws_cognito_user_pool.customers.id}',
          provider_name: 'Okta',
          provider_type: 'OIDC',
          provider_details: {
            client_id: 'c1',
            client_secret: '${var.okta_secret}',
            oidc_issuer: 'https://okta.example',
          },
          ...overrides.provider,
        },
      },
      aws_cognito_user_pool_client: {
        customers__web: {
          user_pool_id: '${aws_cognito_user_pool.customers.id}',
          name: 'web',
          generate_secret: false,
          supported_identity_providers: [
            '${aws_cognito_identity_provider.customers__Okta.provider_name}',
          ],
          depends_on: ['aws_cognito_identity_provider.customers__Okta'],
          ...overrides.client,
        },
      },
      aws_cognito_managed_login_branding: {
        customers__web: {
          user_pool_id: '${aws_cognito_user_pool.customers.id}',
          client_id: '${aws_cognito_user_pool_client.customers__web.id}',
          use_cognito_provided_values: true,
        },
      },
    },
    variable: { okta_secret: { type: 'string', sensitive: true } },
    output: {
      customers__web__client_id: { value: '${aws_cognito_user_pool_client.customers__web.id}' },
    },
    ...overrides.extra,
  };
}

const summary = (base: object | undefined, head: object | undefined) =>
  compareStacks(base as TerraformJson | undefined, head as TerraformJson | undefined).map(
    (c) => `${c.action} ${c.address}`,
  );

describe('compareStacks: resource by resource, on hand-written Terraform JSON', () => {
  test('identical stacks: nothing; CDKTF metadata and depends_on are not changes', () => {
    const head = stack({ client: { depends_on: [] } });
    (head.resource.aws_cognito_user_pool.customers as Record<string, unknown>)['//'] = {
      metadata: { path: 'elsewhere' },
    };
    expect(compareStacks(stack(), head)).toEqual([]);
  });

  test('an in-place update lists old → new per argument', () => {
    const changes = compareStacks(stack(), stack({ pool: { name: 'acme-renamed' } }));
    expect(changes).toEqual([
      {
        address: 'aws_cognito_user_pool.customers',
        kind: 'resource',
        type: 'aws_cognito_user_pool',
        action: 'update',
        attributes: [{ path: 'name', before: 'acme', after: 'acme-renamed' }],
      },
    ]);
  });

  test('a replacing argument replaces, and the replacement cascades through ids to every child', () => {
    expect(summary(stack(), stack({ pool: { username_attributes: ['phone_number'] } }))).toEqual([
      'replace aws_cognito_identity_provider.customers__Okta',
      'replace aws_cognito_managed_login_branding.customers__web', // through the client's id
      'replace aws_cognito_user_pool.customers',
      'replace aws_cognito_user_pool_client.customers__web',
      'replace aws_cognito_user_pool_domain.customers',
      'update output.customers__web__client_id',
    ]);
    const client = compareStacks(
      stack(),
      stack({ pool: { username_attributes: ['phone_number'] } }),
    ).find((c) => c.address === 'aws_cognito_user_pool_client.customers__web')!;
    // supported_identity_providers refers to a configured argument (provider_name), known at plan time: not a change.
    expect(client.attributes).toEqual([
      {
        path: 'user_pool_id',
        before: '${aws_cognito_user_pool.customers.id}',
        after: '${aws_cognito_user_pool.customers.id}',
        forcesReplacement: true,
        reason: 'aws_cognito_user_pool.customers is replaced',
      },
    ]);
  });

  test('a client replaced by generate_secret replaces its branding (client_id), not its pool', () => {
    expect(summary(stack(), stack({ client: { generate_secret: true } }))).toEqual([
      'replace aws_cognito_managed_login_branding.customers__web',
      'replace aws_cognito_user_pool_client.customers__web',
      'update output.customers__web__client_id',
    ]);
  });

  test('certificate_arn replaces only from unset to set or back; ARN to ARN updates in place', () => {
    const arn = (n: number) => `arn:aws:acm:us-east-1:111122223333:certificate/${n}`;
    expect(
      summary(
        stack({ domain: { certificate_arn: arn(1) } }),
        stack({ domain: { certificate_arn: arn(2) } }),
      ),
    ).toEqual(['update aws_cognito_user_pool_domain.customers']);
    expect(summary(stack(), stack({ domain: { certificate_arn: arn(1) } }))).toEqual([
      'replace aws_cognito_user_pool_domain.customers',
    ]);
  });

  test('the user pool name updates in place (provider ≥ 6.6.0)', () => {
    expect(replacingRule('aws_cognito_user_pool', 'name', 'a', 'b')).toBeUndefined();
    expect(replacingRule('aws_cognito_resource_server', 'name', 'a', 'b')).toBeUndefined();
    expect(replacingRule('aws_cognito_resource_server', 'identifier', 'a', 'b')?.attribute).toBe(
      'identifier',
    );
  });

  test('nested and keyed paths match the table: username_configuration.case_sensitive, asset[...]', () => {
    expect(
      summary(stack(), stack({ pool: { username_configuration: { case_sensitive: true } } })),
    ).toContain('replace aws_cognito_user_pool.customers');
    expect(
      replacingRule('aws_cognito_managed_login_branding', 'asset[0].bytes', 'a', 'b')?.attribute,
    ).toBe('asset');
  });

  test("the provider's Region moves every resource", () => {
    const head = stack({ extra: { provider: { aws: [{ region: 'eu-west-1' }] } } });
    const changes = compareStacks(stack(), head);
    expect(changes.filter((c) => c.kind === 'resource').every((c) => c.action === 'replace')).toBe(
      true,
    );
    expect(changes.find((c) => c.address === 'provider.aws')).toMatchObject({
      kind: 'setting',
      action: 'replace',
    });
  });

  test('added and removed entries of every kind: resources, data sources, variables, outputs', () => {
    const head = stack({
      extra: {
        data: { aws_ssm_parameter: { s: { name: '/x', with_decryption: true } } },
        variable: {},
        output: {},
      },
    });
    expect(summary(stack(), head)).toEqual([
      'create data.aws_ssm_parameter.s',
      'destroy var.okta_secret',
      'destroy output.customers__web__client_id',
    ]);
  });

  test('a stack added or removed: everything created or destroyed, settings not listed', () => {
    expect(summary(undefined, stack())).toEqual([
      'create aws_cognito_identity_provider.customers__Okta',
      'create aws_cognito_managed_login_branding.customers__web',
      'create aws_cognito_user_pool.customers',
      'create aws_cognito_user_pool_client.customers__web',
      'create aws_cognito_user_pool_domain.customers',
      'create var.okta_secret',
      'create output.customers__web__client_id',
    ]);
    expect(summary(stack(), undefined).every((line) => line.startsWith('destroy '))).toBe(true);
  });

  test('a backend change is a setting update', () => {
    expect(
      summary(
        stack(),
        stack({
          extra: { terraform: { backend: { s3: { bucket: 'b', key: 'k', region: 'us-east-1' } } } },
        }),
      ),
    ).toEqual(['update terraform.backend']);
  });
});

describe('attribute paths and values', () => {
  test('lists of blocks are keyed by name when every item has a distinct one', () => {
    const paths = [
      ...leaves({
        schema: [
          { name: 'a', mutable: true },
          { name: 'b', mutable: false },
        ],
        tags: { 'cost-center': 'x', 'a.b': 'y' },
      }).keys(),
    ];
    expect(paths).toEqual([
      'schema[a].mutable',
      'schema[a].name',
      'schema[b].mutable',
      'schema[b].name',
      'tags["a.b"]',
      'tags.cost-center',
    ]);
  });

  test('a literal in a secret argument is never printed; references are', () => {
    expect(showValue('provider_details.client_secret', 'hunter2')).toBe('(sensitive)');
    expect(showValue('provider_details.client_secret', '${var.x}')).toBe('"${var.x}"');
    expect(showValue('access_token_validity', 5)).toBe('5');
  });
});

describe('the replacement table and the hazard catalog', () => {
  test('every replacement rule names its evidence', () => {
    for (const rule of REPLACEMENT_RULES) expect(rule.evidence.length).toBeGreaterThan(0);
    const replacing = REPLACEMENT_RULES.filter((r) => r.replaces !== 'never').map(
      (r) => `${r.resource}.${r.attribute}`,
    );
    expect(replacing).toEqual([
      'aws_cognito_user_pool.username_attributes',
      'aws_cognito_user_pool.alias_attributes',
      'aws_cognito_user_pool.username_configuration.case_sensitive',
      'aws_cognito_identity_provider.provider_name',
      'aws_cognito_identity_provider.provider_type',
      'aws_cognito_identity_provider.user_pool_id',
      'aws_cognito_user_pool_client.generate_secret',
      'aws_cognito_user_pool_client.user_pool_id',
      'aws_cognito_user_pool_domain.domain',
      'aws_cognito_user_pool_domain.user_pool_id',
      'aws_cognito_user_pool_domain.certificate_arn',
      'aws_cognito_resource_server.identifier',
      'aws_cognito_resource_server.user_pool_id',
      'aws_cognito_managed_login_branding.client_id',
      'aws_cognito_managed_login_branding.user_pool_id',
      'aws_cognito_managed_login_branding.asset',
      'provider.aws.region',
    ]);
  });

  test('hazard codes and severities (documented in hazard-codes.ts and the README)', () => {
    expect(HAZARD_KINDS.map((k) => `${k.code}:${k.severity}`)).toEqual([
      'pool-replaced:blocking',
      'pool-destroyed:blocking',
      'idp-renamed:blocking',
      'idp-replaced:blocking',
      'idp-removed:blocking',
      'custom-attribute-changed:blocking',
      'custom-attribute-removed:blocking',
      'pool-destroy-prevented:blocking',
      'client-replaced:warning',
      'client-removed:warning',
      'domain-changed:warning',
      'identifiers-removed:warning',
      'resource-server-replaced:warning',
      'backend-changed:warning',
      'drift-reverted:warning',
      'unknown-resource:warning',
      'plan-mismatch:warning',
    ]);
  });
});
