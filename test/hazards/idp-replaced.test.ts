import { ACME } from '../diff/fixtures';
import type { TerraformJson } from '../../src/outputs/diff/terraform';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const OKTA = 'aws_cognito_identity_provider.customers__Okta';

/**
 * The provider's replacing arguments are provider_name (its key: a new name is
 * a new address, so idp-renamed), user_pool_id (only when the pool is
 * replaced: pool-replaced) and provider_type, which YAML cannot change while
 * `oidc` is the only type. So the change is made on the synthesized JSON, as
 * a second provider type would make it.
 */
function asSaml(json: TerraformJson): void {
  const resources = (
    json as { resource: Record<string, Record<string, { provider_type: string }>> }
  ).resource;
  resources.aws_cognito_identity_provider.customers__Okta.provider_type = 'SAML';
}

describe('idp-replaced', () => {
  test('FAIL: a provider whose replacing argument changes, in a pool that survives', () => {
    const run = hazardsOf(ACME, ACME, { editHeadJson: asSaml });
    expect(actionOf(run, OKTA)).toBe('replace');
    expect(summary(run)).toEqual(['idp-replaced customers/Okta@33:7']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'idp-replaced',
      severity: 'blocking',
      path: 'userPools.customers.identityProviders.Okta',
    });
    expect(hazard.message).toBe(
      'identity provider Okta in pool customers is replaced (provider_type "OIDC" → "SAML"): users linked to it lose their link, and their next sign-in creates a new user with a new sub',
    );
    expect(hazard.hint).toContain('--accept idp-replaced');
  });

  test('PASS: a new issuer updates the provider in place', () => {
    const run = hazardsOf(ACME, edit(ACME, 'https://acme.okta.com', 'https://login.initech.com'));
    expect(actionOf(run, OKTA)).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('PASS: providers replaced with their pool raise only pool-replaced', () => {
    const run = hazardsOf(ACME, edit(ACME, 'caseSensitive: false', 'caseSensitive: true'));
    expect(actionOf(run, OKTA)).toBe('replace');
    expect(only(run, 'idp-replaced')).toEqual([]);
    expect(summary(run)).toEqual(['pool-replaced customers@10:22']);
  });
});
