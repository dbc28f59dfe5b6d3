import { ACME } from '../diff/fixtures';
import { edit, hazardsOf, only, summary } from './helpers';

/** Okta under a new name, the clients' lists following. */
function renameOkta(text: string): string {
  return edit(
    edit(text, '      Okta:\n', '      OktaWorkforce:\n'),
    '[Scalekit, Okta, COGNITO]',
    '[Scalekit, OktaWorkforce, COGNITO]',
  );
}

describe('idp-renamed', () => {
  test('FAIL: a provider renamed with the same issuer and client id, annotated at the new name', () => {
    const run = hazardsOf(ACME, renameOkta(ACME));
    expect(summary(run)).toEqual(['idp-renamed customers/Okta@33:7']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'idp-renamed',
      severity: 'blocking',
      path: 'userPools.customers.identityProviders.OktaWorkforce',
    });
    expect(hazard.message).toContain(
      'identity provider Okta in pool customers is renamed to OktaWorkforce',
    );
    expect(hazard.message).toContain(
      'users who signed in through Okta (stored as Okta_<subject>) lose their link',
    );
    expect(hazard.message).toContain('a new user with a new sub');
    expect(hazard.hint).toBe('keep the name Okta, or accept with --accept idp-renamed');
  });

  test('PASS: renamed with a different issuer is another IdP application: idp-removed, not idp-renamed', () => {
    const run = hazardsOf(
      ACME,
      edit(renameOkta(ACME), 'https://acme.okta.com', 'https://login.initech.com'),
    );
    expect(only(run, 'idp-renamed')).toEqual([]);
    expect(summary(run)).toEqual(['idp-removed customers/Okta@22:5']);
  });

  test('PASS: renamed with a different client id is idp-removed too', () => {
    const run = hazardsOf(ACME, edit(renameOkta(ACME), 'clientId: okta_1', 'clientId: okta_2'));
    expect(summary(run)).toEqual(['idp-removed customers/Okta@22:5']);
  });
});
