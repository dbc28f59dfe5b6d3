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
    const output = stack.output;
    expect(output.shared__user_pool_id.value).toBe('${data.aws_cognito_user_pool.shared.id}');
    expect(output.shared__user_pool_id.description).toBe(
      'Id of the user pool shared (existing, not managed by this stack)',
    );
    expect(output.shared__user_pool_arn.value).toBe('${data.aws_cognito_user_pool.shared.arn}');
    expect(output.shared__PartnerOkta__idp_redirect_uri.value).toBe(
      'https://login.example.com/oauth2/idpresponse',
    );
    expect(output.shared__saml_acs_url.value).toBe('https://login.example.com/saml2/idpresponse');
    expect(output.shared__saml_sp_entity_id.value).toBe(
      'urn:amazon:cognito:sp:${data.aws_cognito_user_pool.shared.id}',
    );
    expect(stack.data.aws_cognito_user_pool_signing_certificate.shared.user_pool_id).toBe(
      '${data.aws_cognito_user_pool.shared.id}',
    );
    expect(
      Object.keys(output)
        .filter((name) => name.startsWith('amplify__'))
        .sort(),
    ).toEqual([
      'amplify__issuer_url',
      'amplify__user_pool_arn',
      'amplify__user_pool_id',
      'amplify__worker__client_id',
    ]);
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
