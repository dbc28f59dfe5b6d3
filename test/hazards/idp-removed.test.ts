import { ACME, GLOBEX } from '../diff/fixtures';
import { edit, hazardsOf, only, summary } from './helpers';

const WITHOUT_OKTA = edit(
  edit(ACME, /^ {6}Okta:\n(?: {8}.*\n)+/m, ''),
  '[Scalekit, Okta, COGNITO]',
  '[Scalekit, COGNITO]',
);

describe('idp-removed', () => {
  test('FAIL: a provider removed, annotated at identityProviders, naming the email domains that stop routing', () => {
    const run = hazardsOf(ACME, WITHOUT_OKTA);
    expect(summary(run)).toEqual(['idp-removed customers/Okta@22:5']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'idp-removed',
      severity: 'blocking',
      path: 'userPools.customers.identityProviders',
    });
    expect(hazard.message).toBe(
      'identity provider Okta is removed from pool customers: users linked to it lose their link and can no longer sign in through it, and the email domains initech.com stop routing to it',
    );
    expect(hazard.hint).toContain('--accept idp-removed');
  });

  test('FAIL: a provider without identifiers removed says nothing about email domains', () => {
    const head = edit(
      edit(GLOBEX, /^ {4}identityProviders:\n(?: {6}.*\n)+/m, ''),
      'identityProviders: [Beyond]',
      'identityProviders: [COGNITO]',
    );
    const run = hazardsOf(GLOBEX, head, { file: 'config/globex.yaml' });
    expect(summary(run)).toEqual(['idp-removed users/Beyond@6:3']);
    expect(run.hazards[0].message).toBe(
      'identity provider Beyond is removed from pool users: users linked to it lose their link and can no longer sign in through it',
    );
  });

  test('PASS: a provider renamed as the same IdP application is idp-renamed, not idp-removed', () => {
    const head = edit(
      edit(ACME, '      Okta:\n', '      OktaWorkforce:\n'),
      '[Scalekit, Okta, COGNITO]',
      '[Scalekit, OktaWorkforce, COGNITO]',
    );
    const run = hazardsOf(ACME, head);
    expect(only(run, 'idp-removed')).toEqual([]);
    expect(summary(run)).toEqual(['idp-renamed customers/Okta@33:7']);
  });
});
