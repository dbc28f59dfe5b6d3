import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real-plan fixtures: each scenario is a head YAML (the base stack
 * `fixtures/shop.yaml` edited), planned by real Terraform against a prior
 * state made from the base (test/plan/terraform.ts). `fixtures/<name>.json`
 * is the `terraform show -json` of that plan; `fixtures/<name>.yaml` is the
 * head YAML it was made from.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const FIXTURES = join(__dirname, 'fixtures');
export const BASE_YAML = readFileSync(join(FIXTURES, 'shop.yaml'), 'utf8');

/** The dummy value of the stack's one secret variable: it is in every plan JSON, and must never be in a report. */
export const SECRET_VALUE = 'not-a-real-secret-5b1f';

/** A pool's user count as the state records it (`estimated_number_of_users`). */
export const ESTIMATED_USERS: Record<string, number> = {
  'aws_cognito_user_pool.customers': 1520,
  'aws_cognito_user_pool.staff': 12,
};

export interface Ids {
  /** Pool id of a pool address, as the prior state has it. */
  pool(address: string): string;
}

export interface Scenario {
  name: string;
  /** The head YAML. */
  head: (base: string) => string;
  /** Planned against the state made from the base (otherwise: no state, a creation plan). */
  withState: boolean;
  /** Edit the prior state: what happened outside the YAML (console edits, hand-added resources, an older address). */
  editState?: (state: Json, ids: Ids) => void;
  /** Edit the stack JSON Terraform reads: import and moved blocks. */
  editStack?: (stack: Json, ids: Ids) => void;
  /** Extra files in the stack folder, as someone might add by hand. */
  extraFiles?: (ids: Ids) => Record<string, Json>;
  /** Terraform stops at an error but still saves the plan. */
  errored?: boolean;
  /** Answers of the fake Cognito endpoint, by API action: an import reads the object it imports, even with -refresh=false. */
  cognito?: Record<string, (request: Json) => Json>;
}

const edit = (text: string, from: string, to: string): string => {
  if (!text.includes(from))
    throw new Error(`scenario edit: ${JSON.stringify(from)} is not in the YAML`);
  return text.replace(from, to);
};

export const CONSOLE_CALLBACK = 'https://admin.shop.example/added-in-console';

export const SCENARIOS: Scenario[] = [
  { name: 'create', head: (base) => base, withState: false },
  {
    // A change of usernameAttributes replaces the pool (ForceNew) and, through user_pool_id, everything in it.
    name: 'replace-pool',
    head: (base) => edit(base, 'usernameAttributes: [email]', 'usernameAttributes: [phone_number]'),
    withState: true,
  },
  {
    name: 'edits',
    head: (base) => {
      let s = base;
      // generateSecret replaces a client (RequiresReplace).
      s = edit(
        s,
        '      worker:\n        authFlows: [refresh-token]',
        '      worker:\n        generateSecret: true\n        authFlows: [refresh-token]',
      );
      // A provider renamed: destroyed and created again.
      s = edit(s, '      Okta:\n', '      OktaEU:\n');
      s = edit(s, 'identityProviders: [Okta, COGNITO]', 'identityProviders: [OktaEU, COGNITO]');
      // A custom attribute changed: planned as an update, refused by Cognito at apply.
      s = edit(s, 'maxLength: 64', 'maxLength: 128');
      // A resource server that already exists in AWS, imported (see editStack).
      s = edit(
        s,
        '    resourceServers:\n',
        '    resourceServers:\n      billing:\n        identifier: https://api.shop.example/billing\n        scopes: { read: Read invoices }\n',
      );
      return s;
    },
    withState: true,
    editState: (state) => {
      // The orders server was created under an older address; the head moves it (see editStack).
      resource(state, 'aws_cognito_resource_server', 'customers__orders').name =
        'customers__orders_v1';
      // Someone edited the admin client in the console.
      const admin = resource(state, 'aws_cognito_user_pool_client', 'staff__admin').instances[0]
        .attributes;
      admin.callback_urls = [...admin.callback_urls, CONSOLE_CALLBACK].sort();
      admin.refresh_token_validity = 90;
      // And added a group by hand, into this stack's state.
      const poolId = resource(state, 'aws_cognito_user_pool', 'customers').instances[0].attributes
        .id;
      state.resources.push({
        mode: 'managed',
        type: 'aws_cognito_user_group',
        name: 'customers__admins',
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 0,
            attributes: {
              id: `${poolId}/admins`,
              name: 'admins',
              user_pool_id: poolId,
              description: 'added in the console',
              precedence: null,
              role_arn: null,
            },
            sensitive_attributes: [],
          },
        ],
      });
    },
    editStack: (stack, ids) => {
      stack.import = [
        {
          to: 'aws_cognito_resource_server.customers__billing',
          id: `${ids.pool('aws_cognito_user_pool.customers')}|https://api.shop.example/billing`,
        },
      ];
      stack.moved = [
        {
          from: 'aws_cognito_resource_server.customers__orders_v1',
          to: 'aws_cognito_resource_server.customers__orders',
        },
      ];
    },
    cognito: {
      // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeResourceServer.html
      DescribeResourceServer: (request) => ({
        ResourceServer: {
          UserPoolId: request.UserPoolId,
          Identifier: request.Identifier,
          Name: 'billing',
          Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read invoices' }],
        },
      }),
    },
    extraFiles: () => ({
      // A hand-written file next to cdk.tf.json: Terraform reads it, the YAML knows nothing of it.
      'handmade.tf.json': {
        resource: {
          aws_cognito_user_group: {
            staff__support: { name: 'support', user_pool_id: '${aws_cognito_user_pool.staff.id}' },
          },
        },
      },
    }),
  },
  {
    // The staff pool keeps deletion protection (prevent_destroy); caseSensitive forces a new pool, and Terraform stops the plan.
    name: 'protected',
    head: (base) =>
      edit(
        base,
        '  staff:\n    domain:',
        '  staff:\n    signIn:\n      caseSensitive: true\n    domain:',
      ),
    withState: true,
    errored: true,
  },
  {
    // The staff pool removed from the YAML: its lifecycle goes with it, but AWS deletion protection is still ACTIVE.
    name: 'pool-removed',
    head: (base) => base.slice(0, base.indexOf('  staff:\n')),
    withState: true,
  },
];

export function resource(state: Json, type: string, name: string): Json {
  const found = state.resources.find((r: Json) => r.type === type && r.name === name);
  if (!found) throw new Error(`no ${type}.${name} in the state`);
  return found;
}
