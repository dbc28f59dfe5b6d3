import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const OKTA = 'aws_cognito_identity_provider.customers__Okta';
const ANOTHER_IDP = edit(
  edit(ACME, 'issuer: https://acme.okta.com', 'issuer: https://acme.eu.auth0.com'),
  'clientId: okta_1',
  'clientId: auth0_1',
);

describe('idp-identity-changed', () => {
  test('FAIL: same name, another issuer and client id, updated in place: linked users meet other subs, annotated at the provider', () => {
    const run = hazardsOf(ACME, ANOTHER_IDP);
    expect(actionOf(run, OKTA)).toBe('update');
    expect(summary(run)).toEqual(['idp-identity-changed customers/Okta@33:7']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'idp-identity-changed',
      severity: 'warning',
      subject: 'customers/Okta',
      path: 'userPools.customers.identityProviders.Okta',
    });
    expect(hazard.message).toBe(
      'identity provider Okta in pool customers keeps its name but points at another IdP application (provider_details.client_id "okta_1" → "auth0_1"; provider_details.oidc_issuer "https://acme.okta.com" → "https://acme.eu.auth0.com"): Cognito updates it in place and users stay linked as Okta_<subject>, but a different IdP application can send each user a different sub; those users no longer match their link, and their next sign-in creates a new user with a new sub',
    );
    expect(hazard.hint).toContain('add the new IdP under a new name beside Okta');
  });

  test('FAIL: only the client id changes: another application of the IdP (pairwise subjects differ per client)', () => {
    const run = hazardsOf(ACME, edit(ACME, 'clientId: okta_1', 'clientId: okta_2'));
    expect(summary(run)).toEqual(['idp-identity-changed customers/Okta@33:7']);
  });

  test('PASS: the same IdP application with other scopes and mapping: an update, no identity change', () => {
    const run = hazardsOf(
      ACME,
      edit(ACME, 'scopes: [openid, email]\n', 'scopes: [openid, email, profile]\n'),
    );
    expect(actionOf(run, OKTA)).toBe('update');
    expect(run.hazards).toEqual([]);
  });

  test('PASS: a renamed provider with the same identity is idp-renamed, not this', () => {
    const run = hazardsOf(
      ACME,
      edit(
        edit(ACME, '    Okta:\n', '    OktaWorkforce:\n'),
        '[Scalekit, Okta, COGNITO]',
        '[Scalekit, OktaWorkforce, COGNITO]',
      ),
    );
    expect(only(run, 'idp-identity-changed')).toEqual([]);
    expect(summary(run)).toEqual(['idp-renamed customers/Okta@33:7']);
  });
});
