import { ACME } from '../diff/fixtures';
import { actionOf, edit, hazardsOf, only, summary } from './helpers';

const OKTA = 'aws_cognito_identity_provider.customers__Okta';
const OIDC_OKTA =
  '        type: oidc\n        issuer: https://acme.okta.com\n        clientId: okta_1\n        clientSecret: { variable: okta_secret }\n        scopes: [openid, email]\n';
const SAML_OKTA =
  '        type: saml\n        metadataUrl: https://acme.okta.com/app/exk1/sso/saml/metadata\n';

describe('idp-type-changed', () => {
  test('FAIL: Okta moves from OIDC to SAML under the same name: replaced, blocking, at its type', () => {
    const run = hazardsOf(ACME, edit(ACME, OIDC_OKTA, SAML_OKTA));
    expect(actionOf(run, OKTA)).toBe('replace');
    expect(summary(run)).toEqual(['idp-type-changed customers/Okta@34:15']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'idp-type-changed',
      severity: 'blocking',
      path: 'userPools.customers.identityProviders.Okta.type',
    });
    expect(hazard.message).toBe(
      'identity provider Okta in pool customers changes type from OIDC to SAML: the provider type cannot change in place, so Cognito deletes Okta and creates it again; users who signed in through it (stored as Okta_<subject>) lose their link, and their next sign-in creates a new user with a new sub',
    );
    expect(hazard.hint).toContain('--accept idp-type-changed');
  });

  test('PASS: the replacement is reported once, as the type change, not also as idp-replaced', () => {
    expect(only(hazardsOf(ACME, edit(ACME, OIDC_OKTA, SAML_OKTA)), 'idp-replaced')).toEqual([]);
  });

  test('PASS: the same type with another issuer is an update in place', () => {
    const run = hazardsOf(ACME, edit(ACME, 'https://acme.okta.com', 'https://login.initech.com'));
    expect(actionOf(run, OKTA)).toBe('update');
    expect(only(run, 'idp-type-changed')).toEqual([]);
  });

  test('PASS: a pending provider that gets its type has no resource to replace', () => {
    const pending = edit(ACME, OIDC_OKTA, '        type: saml\n        pending: true\n').replace(
      '[Scalekit, Okta, COGNITO]',
      '[Scalekit, COGNITO]',
    );
    const live = edit(ACME, '[Scalekit, Okta, COGNITO]', '[Scalekit, COGNITO]');
    const run = hazardsOf(pending, live);
    expect(actionOf(run, OKTA)).toBe('create');
    expect(run.hazards).toEqual([]);
  });
});
