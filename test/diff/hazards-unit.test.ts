import type { EntryChange } from '../../src/outputs/diff/compare';
import { detectHazards } from '../../src/outputs/diff/hazards';
import { modelOf } from '../compile/helpers';
import { ACME } from './fixtures';

function model(text: string) {
  return modelOf(text, 'config/acme.yaml');
}

describe('detectHazards on given changes (no compiler)', () => {
  test('idp-replaced: a provider whose resource is replaced in a pool that survives', () => {
    const m = model(ACME);
    const changes: EntryChange[] = [
      {
        address: 'aws_cognito_identity_provider.customers__Okta',
        kind: 'resource',
        type: 'aws_cognito_identity_provider',
        action: 'replace',
        attributes: [
          {
            path: 'provider_type',
            before: 'OIDC',
            after: 'SAML',
            forcesReplacement: true,
            reason: 'provider_type forces replacement',
          },
        ],
      },
    ];
    const hazards = detectHazards({
      stack: 'acme',
      base: { model: m, json: {}, file: 'config/acme.yaml' },
      head: { model: m, json: {}, file: 'config/acme.yaml' },
      changes,
    });
    expect(hazards.map((h) => [h.code, h.severity, h.subject, h.path.join('.')])).toEqual([
      ['idp-replaced', 'blocking', 'customers/Okta', 'userPools.customers.identityProviders.Okta'],
    ]);
    expect(hazards[0].message).toBe(
      'identity provider Okta in pool customers is replaced (provider_type "OIDC" → "SAML"): users linked to it lose their link, and their next sign-in creates a new user with a new sub',
    );
  });

  test('a pool destroyed with deletion protection says the apply is refused until protection is off', () => {
    const base = model(ACME);
    const head = { ...base, pools: base.pools.filter((p) => p.id !== 'customers') };
    const hazards = detectHazards({
      stack: 'acme',
      base: { model: base, json: {}, file: 'config/acme.yaml' },
      head: { model: head, json: {}, file: 'config/acme.yaml' },
      changes: [],
    });
    expect(hazards.map((h) => h.code)).toEqual(['pool-destroyed']);
    expect(hazards[0].message).toContain('deletion protection is on');
  });
});
