import { compareStacks } from '../../src/outputs/diff/compare';
import { SET_ARGUMENTS, withSetsOrdered } from '../../src/outputs/diff/sets';
import type { TerraformJson } from '../../src/outputs/diff/terraform';
import { actionOf, edit, hazardsOf } from '../hazards/helpers';
import { ACME } from './fixtures';

const WEB = 'aws_cognito_user_pool_client.customers__web';
const ORDERS = 'aws_cognito_resource_server.customers__orders';
const SCALEKIT = 'aws_cognito_identity_provider.customers__Scalekit';
const TWO_SCOPES = edit(
  ACME,
  '          read: Read orders\n',
  '          read: Read orders\n          write: Change orders\n',
);

type Blocks = Record<string, Record<string, Record<string, unknown>>>;
const resources = (json: TerraformJson) => json.resource as Blocks;

describe('sets compare without order, as Terraform compares them', () => {
  test("a client's sets in another order (scopes, auth flows, providers) are no change", () => {
    // The model sorts these, so no YAML edit reorders them; a JSON that lists them in another order must still compare equal.
    const run = hazardsOf(ACME, ACME, {
      editHeadJson: (json) => {
        const web = resources(json).aws_cognito_user_pool_client.customers__web;
        for (const key of [
          'allowed_oauth_scopes',
          'supported_identity_providers',
          'explicit_auth_flows',
        ])
          (web[key] as unknown[]).reverse();
      },
    });
    expect(run.changes).toEqual([]);
  });

  test("a resource server's scope blocks in another order are no change", () => {
    const run = hazardsOf(TWO_SCOPES, TWO_SCOPES, {
      editHeadJson: (json) =>
        (
          resources(json).aws_cognito_resource_server.customers__orders.scope as unknown[]
        ).reverse(),
    });
    expect(actionOf(run, ORDERS)).toBeUndefined();
    expect(run.changes).toEqual([]);
  });

  test('a client scope reordered in the YAML is no change', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        'scopes: [openid, email, https://api.acme.com/orders/read]',
        'scopes: [https://api.acme.com/orders/read, email, openid]',
      ),
    );
    expect(run.changes).toEqual([]);
  });

  test('NEAR MISS: a set that gains a member is still an update', () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        'scopes: [openid, email, https://api.acme.com/orders/read]',
        'scopes: [openid, email, profile, https://api.acme.com/orders/read]',
      ),
    );
    expect(actionOf(run, WEB)).toBe('update');
    expect(run.changes.find((c) => c.address === WEB)!.attributes.map((a) => a.path)).toEqual([
      'allowed_oauth_scopes',
    ]);
  });

  test("NEAR MISS: identifiers are a list in Terraform (idp_identifiers, TypeList): reordering them is an update, here as in Terraform's plan", () => {
    const run = hazardsOf(
      ACME,
      edit(
        ACME,
        'identifiers: [megasoft.org, example.org]',
        'identifiers: [example.org, megasoft.org]',
      ),
    );
    expect(run.changes.map((c) => [c.address, c.action, c.attributes.map((a) => a.path)])).toEqual([
      [SCALEKIT, 'update', ['idp_identifiers']],
    ]);
    expect(run.hazards).toEqual([]);
  });

  test("NEAR MISS: a provider's scopes are one string (provider_details.authorize_scopes): reordering them is an update", () => {
    const run = hazardsOf(
      ACME,
      edit(ACME, 'scopes: [openid, email, profile]', 'scopes: [profile, openid, email]'),
    );
    expect(run.changes.map((c) => [c.address, c.action, c.attributes.map((a) => a.path)])).toEqual([
      [SCALEKIT, 'update', ['provider_details.authorize_scopes']],
    ]);
  });

  test('withSetsOrdered: nested sets are ordered, lists and other types untouched', () => {
    const body = {
      account_recovery_setting: {
        recovery_mechanism: [
          { name: 'verified_phone_number', priority: 2 },
          { name: 'verified_email', priority: 1 },
        ],
      },
      username_attributes: ['phone_number', 'email'],
    };
    expect(withSetsOrdered('aws_cognito_user_pool', body)).toEqual({
      account_recovery_setting: {
        recovery_mechanism: [
          { name: 'verified_email', priority: 1 },
          { name: 'verified_phone_number', priority: 2 },
        ],
      },
      username_attributes: ['email', 'phone_number'],
    });
    const provider = { idp_identifiers: ['b.com', 'a.com'] };
    expect(withSetsOrdered('aws_cognito_identity_provider', provider)).toBe(provider);
    expect(
      compareStacks(
        {
          resource: {
            aws_cognito_identity_provider: { p: { idp_identifiers: ['a.com', 'b.com'] } },
          },
        },
        {
          resource: {
            aws_cognito_identity_provider: { p: { idp_identifiers: ['b.com', 'a.com'] } },
          },
        },
      ),
    ).toHaveLength(1);
  });

  test('every set cites the provider source', () => {
    for (const { evidence } of Object.values(SET_ARGUMENTS))
      expect(evidence).toMatch(
        /^https:\/\/github\.com\/hashicorp\/terraform-provider-aws\/blob\/[0-9a-f]{40}\//,
      );
  });
});
