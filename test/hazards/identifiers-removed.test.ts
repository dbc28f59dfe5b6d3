import { ACME } from '../diff/fixtures';
import { edit, hazardsOf, summary } from './helpers';

const SCALEKIT_IDS = 'identifiers: [megasoft.org, example.org]';

describe('identifiers-removed', () => {
  test("FAIL: an identifier removed, annotated at the provider's identifiers", () => {
    const run = hazardsOf(ACME, edit(ACME, SCALEKIT_IDS, 'identifiers: [example.org]'));
    expect(summary(run)).toEqual(['identifiers-removed customers/Scalekit@29:9']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'identifiers-removed',
      severity: 'warning',
      path: 'userPools.customers.identityProviders.Scalekit.identifiers',
    });
    expect(hazard.message).toBe(
      'identifiers megasoft.org are removed from identity provider Scalekit in pool customers: users with those email domains no longer route to Scalekit',
    );
  });

  test('FAIL: an identifier moved to another provider says where it routes now', () => {
    const run = hazardsOf(
      ACME,
      edit(
        edit(ACME, SCALEKIT_IDS, 'identifiers: [example.org]'),
        'identifiers: [initech.com]',
        'identifiers: [initech.com, megasoft.org]',
      ),
    );
    expect(summary(run)).toEqual(['identifiers-removed customers/Scalekit@29:9']);
    expect(run.hazards[0].message).toContain(
      'no longer route to Scalekit (megasoft.org now routes to Okta)',
    );
  });

  test('FAIL: a renamed provider is compared with its old identifiers', () => {
    const head = edit(
      edit(
        edit(ACME, '      Scalekit:\n', '      ScalekitRouter:\n'),
        '[Scalekit, Okta, COGNITO]',
        '[ScalekitRouter, Okta, COGNITO]',
      ),
      SCALEKIT_IDS,
      'identifiers: [example.org]',
    );
    const run = hazardsOf(ACME, head);
    expect(summary(run)).toEqual([
      'idp-renamed customers/Scalekit@23:7',
      'identifiers-removed customers/ScalekitRouter@29:9',
    ]);
    expect(run.hazards[1].message).toContain(
      'identifiers megasoft.org are removed from identity provider ScalekitRouter',
    );
  });

  test('PASS: identifiers reordered or added lose no email domain', () => {
    expect(
      hazardsOf(ACME, edit(ACME, SCALEKIT_IDS, 'identifiers: [example.org, megasoft.org]')).hazards,
    ).toEqual([]);
    expect(
      hazardsOf(
        ACME,
        edit(ACME, SCALEKIT_IDS, 'identifiers: [megasoft.org, example.org, globex.com]'),
      ).hazards,
    ).toEqual([]);
  });
});
