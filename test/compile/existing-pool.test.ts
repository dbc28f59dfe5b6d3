import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stackOf } from './helpers';

const FIXTURE = readFileSync(join(__dirname, 'fixtures/existing-pool.yaml'), 'utf8');

/** Every `${…}` reference in a value, as written. */
function references(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
}

describe('a pool the stack does not manage (existingPool)', () => {
  const stack = stackOf(FIXTURE);

  test('no aws_cognito_user_pool resource, domain, branding or import block: nothing can replace or delete the pool', () => {
    expect(stack.resource.aws_cognito_user_pool).toBeUndefined();
    expect(stack.resource.aws_cognito_user_pool_domain).toBeUndefined();
    expect(stack.resource.aws_cognito_managed_login_branding).toBeUndefined();
    expect(stack.import).toBeUndefined();
  });

  test('a data source reads each pool by its literal id', () => {
    const pools = stack.data.aws_cognito_user_pool;
    expect(Object.keys(pools).sort()).toEqual(['amplify', 'shared']);
    expect(pools.shared.user_pool_id).toBe('eu-west-1_Shared42');
    expect(pools.amplify.user_pool_id).toBe('eu-west-1_Amplify7');
  });

  test("providers, clients and resource servers take the data source's id as user_pool_id", () => {
    const resource = stack.resource;
    expect(resource.aws_cognito_identity_provider.shared__PartnerOkta.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    expect(resource.aws_cognito_identity_provider.shared__PartnerEntra.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    expect(resource.aws_cognito_user_pool_client.shared__portal.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    expect(resource.aws_cognito_resource_server.shared__reports.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    expect(resource.aws_cognito_user_pool_client.amplify__worker.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.amplify.id}',
    );
    // Nothing anywhere refers to a pool resource.
    expect(references(stack).filter((r) => r.startsWith('aws_cognito_user_pool.'))).toEqual([]);
  });

  test("outputs: id and ARN from the data source; the owner's domain (existingDomain) gives the registration values, and without it none is written", () => {
    const shared = stack.output.shared;
    expect(shared.description).toMatch(
      /^The user pool shared \(existing, not managed by this stack\): /,
    );
    expect(shared.value.user_pool_id).toBe('${data.aws_cognito_user_pool.shared.id}');
    expect(shared.value.user_pool_arn).toBe('${data.aws_cognito_user_pool.shared.arn}');
    expect(shared.value.idp_redirect_uri).toBe('https://login.example.com/oauth2/idpresponse');
    expect(shared.value.saml.acs_url).toBe('https://login.example.com/saml2/idpresponse');
    expect(shared.value.saml.sp_entity_id).toBe(
      'urn:amazon:cognito:sp:${data.aws_cognito_user_pool.shared.id}',
    );
    expect(stack.data.aws_cognito_user_pool_signing_certificate.shared.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    // Without existingDomain: no domain's keys, no SAML values (they need the host).
    expect(Object.keys(stack.output.amplify.value).sort()).toEqual([
      'clients',
      'issuer_url',
      'user_pool_arn',
      'user_pool_id',
    ]);
    expect(stack.output.amplify.value.clients).toEqual({
      worker: '${aws_cognito_user_pool_client.amplify__worker.id}',
    });
  });

  test("a client may list the owner's providers: written by name, since this stack has no resource for them", () => {
    const text = FIXTURE.replace(
      'identityProviders: [PartnerOkta, PartnerEntra]',
      'identityProviders: [PartnerOkta, OwnersGoogle]',
    );
    expect(
      stackOf(text).resource.aws_cognito_user_pool_client.shared__portal
        .supported_identity_providers,
    ).toEqual([
      'OwnersGoogle',
      '${aws_cognito_identity_provider.shared__PartnerOkta.provider_name}',
    ]);
  });
});
