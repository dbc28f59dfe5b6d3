import { UsageError } from '../../src/load/files';
import { changedAttributes } from '../../src/outputs/plan/attributes';
import { readPlan, ResourceChange } from '../../src/outputs/plan/plan-json';
import { renderMarkdown } from '../../src/outputs/plan/render-markdown';
import type { PlanReport } from '../../src/outputs/plan/report';
import { hazards, PlanRepo } from './expectations';
import { FIXTURES, Json } from './scenarios';
import { readFixture } from './terraform';

const fixture = (name: string) => readFixture(FIXTURES, name);

/** A fixture plan, edited: what a refreshing plan, or a stale one, would hold. */
function edited(name: string, change: (plan: Json) => void) {
  const base = fixture(name);
  const plan = JSON.parse(base.json);
  change(plan);
  return { ...base, json: JSON.stringify(plan) };
}

describe('reading the plan format', () => {
  const valid = fixture('create').json;
  const read = (text: string) => () => readPlan(text, 'plan.json');

  test('an unknown major format version is refused, saying why', () => {
    const v2 = JSON.stringify({ ...JSON.parse(valid), format_version: '2.0' });
    expect(read(v2)).toThrow(UsageError);
    expect(read(v2)).toThrow(
      'plan.json: plan format_version 2.0 is not supported; cogfed reads format 1.x (Terraform 1.x), and a new major version may change the meaning of fields',
    );
    expect(read(JSON.stringify({ ...JSON.parse(valid), format_version: '0.2' }))).toThrow(
      'format_version 0.2 is not supported',
    );
    // A newer minor version is backward compatible.
    expect(
      readPlan(JSON.stringify({ ...JSON.parse(valid), format_version: '1.9' }), 'plan.json')
        .formatVersion,
    ).toBe('1.9');
  });

  test('not JSON, not a plan, a state instead of a plan, an action this cogfed does not know', () => {
    expect(read('{')).toThrow(
      /^plan\.json: not JSON \(.*\); give the output of terraform show -json PLANFILE$/,
    );
    expect(read('[]')).toThrow('not a Terraform plan (the JSON is not an object)');
    expect(read('{"resources": []}')).toThrow('not a Terraform plan (no format_version)');
    expect(read('{"format_version": "1.0", "values": {}}')).toThrow(
      'this is a Terraform state, not a plan',
    );
    const odd = JSON.parse(valid);
    odd.resource_changes[0].change.actions = ['teleport'];
    expect(read(JSON.stringify(odd))).toThrow(
      'aws_cognito_identity_provider.customers__Okta has actions [teleport], which this cogfed does not know',
    );
  });

  test('actions: replace in both orders, forget', () => {
    const plan = JSON.parse(valid);
    plan.resource_changes[0].change.actions = ['create', 'delete'];
    plan.resource_changes[1].change.actions = ['delete', 'create'];
    plan.resource_changes[2].change.actions = ['forget'];
    const changes = readPlan(JSON.stringify(plan), 'p.json').changes;
    expect(changes.slice(0, 3).map((c) => [c.action, c.order])).toEqual([
      ['replace', 'create-first'],
      ['replace', 'destroy-first'],
      ['forget', undefined],
    ]);
  });
});

describe('changed arguments (attributes.ts)', () => {
  const change = (over: Partial<ResourceChange>): ResourceChange => ({
    address: 'x.y',
    mode: 'managed',
    type: 'aws_cognito_identity_provider',
    name: 'y',
    action: 'update',
    before: {},
    after: {},
    afterUnknown: {},
    beforeSensitive: {},
    afterSensitive: {},
    replacePaths: [],
    ...over,
  });

  test('a sensitive value that changes is listed without either value', () => {
    const attributes = changedAttributes(
      change({
        before: { provider_details: { client_secret: 'old-secret-value', client_id: 'a' } },
        after: { provider_details: { client_secret: 'new-secret-value', client_id: 'b' } },
        beforeSensitive: { provider_details: { client_secret: true } },
        afterSensitive: { provider_details: { client_secret: true } },
      }),
    );
    expect(attributes).toEqual([
      {
        path: 'provider_details.client_id',
        steps: ['provider_details', 'client_id'],
        before: 'a',
        after: 'b',
      },
      {
        path: 'provider_details.client_secret',
        steps: ['provider_details', 'client_secret'],
        sensitive: true,
      },
    ]);
    expect(JSON.stringify(attributes)).not.toContain('secret-value');
  });

  test('a set of blocks is matched by name, whatever order Terraform lists it in; replace paths follow', () => {
    const schema = (max: string) => [
      { name: 'a', string_attribute_constraints: [{ max_length: '10' }] },
      { name: 'b', string_attribute_constraints: [{ max_length: max }] },
    ];
    const attributes = changedAttributes(
      change({
        type: 'aws_cognito_user_pool',
        action: 'replace',
        before: { schema: schema('5') },
        after: { schema: [...schema('6')].reverse() },
        replacePaths: [['schema', 0, 'string_attribute_constraints']],
      }),
    );
    expect(attributes).toEqual([
      {
        path: 'schema[b].string_attribute_constraints[0].max_length',
        steps: ['schema', 'b', 'string_attribute_constraints', 0, 'max_length'],
        before: '5',
        after: '6',
        forcesReplacement: true,
      },
    ]);
  });

  test('unknown values are listed only where they force the replacement', () => {
    const attributes = changedAttributes(
      change({
        type: 'aws_cognito_user_pool_client',
        action: 'replace',
        before: { id: 'c1', user_pool_id: 'p1', name: 'web' },
        after: { name: 'web' },
        afterUnknown: { id: true, user_pool_id: true },
        replacePaths: [['user_pool_id']],
      }),
    );
    expect(attributes).toEqual([
      {
        path: 'user_pool_id',
        steps: ['user_pool_id'],
        before: 'p1',
        unknownAfter: true,
        forcesReplacement: true,
      },
    ]);
  });
});

describe('drift seen by a refreshing plan (resource_drift)', () => {
  test("a client edited in the console: drift-reverted without --base, from Terraform's own refresh", () => {
    // As a refreshing plan reports it: the state (what was applied) → the object read from AWS.
    const plan = edited('edits', (p) => {
      const admin = p.resource_changes.find(
        (r: Json) => r.address === 'aws_cognito_user_pool_client.staff__admin',
      );
      p.resource_drift = [
        {
          ...admin,
          change: {
            ...admin.change,
            actions: ['update'],
            before: admin.change.after,
            after: admin.change.before,
          },
        },
      ];
    });
    const repo = new PlanRepo(plan);
    try {
      const report = repo.json();
      const drift = report.hazards.filter((h: Json) => h.code === 'drift-reverted');
      expect(hazards({ hazards: drift })).toEqual(['drift-reverted@48:23']);
      expect(drift[0].message).toContain(
        "the YAML did not change app client admin (admin) in pool staff, yet the plan changes callback_urls, refresh_token_validity (Terraform's refresh found the object changed outside Terraform)",
      );
      // Both pieces of evidence, when both are there.
      expect(
        repo
          .json({ base: 'main' })
          .stacks[0].changes.find(
            (c: Json) => c.address === 'aws_cognito_user_pool_client.staff__admin',
          ).drift.evidence,
      ).toEqual(['base', 'refresh']);
    } finally {
      repo.cleanup();
    }
  });

  test('a client deleted in the console: the plan creates it again, with a new client id', () => {
    const plan = edited('create', (p) => {
      const web = p.resource_changes.find(
        (r: Json) => r.address === 'aws_cognito_user_pool_client.customers__web',
      );
      p.resource_drift = [
        {
          ...web,
          change: {
            ...web.change,
            actions: ['delete'],
            before: { ...web.change.after, id: 'abc' },
            after: null,
          },
        },
      ];
      for (const r of p.resource_changes) if (r !== web) r.change.actions = ['no-op'];
    });
    const repo = new PlanRepo(plan);
    try {
      const report = repo.json();
      expect(report.hazards.map((h: Json) => [h.code, h.message])).toEqual([
        [
          'drift-reverted',
          expect.stringMatching(
            /^app client web \(web\) in pool customers was deleted outside Terraform \(Terraform's refresh found the object changed outside Terraform\); the plan creates it again, with a new client id$/,
          ),
        ],
      ]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('a plan not made from these files: plan-mismatch', () => {
  test('an argument differs, a resource is missing', () => {
    const plan = edited('create', (p) => {
      const resources = p.configuration.root_module.resources;
      resources.find(
        (r: Json) => r.address === 'aws_cognito_user_pool_client.staff__admin',
      ).expressions.callback_urls.constant_value = ['https://old.example/callback'];
      p.configuration.root_module.resources = resources.filter(
        (r: Json) => r.address !== 'aws_cognito_user_pool_domain.staff',
      );
    });
    const repo = new PlanRepo(plan);
    try {
      const report = repo.json();
      expect(hazards(report)).toEqual(['plan-mismatch@4:1']);
      expect(report.hazards[0].message).toBe(
        "create.json was not made from config/shop.yaml: the YAML compiles to aws_cognito_user_pool_domain.staff, which the plan's configuration does not have; the plan's configuration differs from the YAML in aws_cognito_user_pool_client.staff__admin (callback_urls); what this report maps to YAML lines may not be what the YAML says",
      );
      expect(report.stacks[0].mismatch).toEqual({
        missing: ['aws_cognito_user_pool_domain.staff'],
        differing: [
          { address: 'aws_cognito_user_pool_client.staff__admin', attributes: ['callback_urls'] },
        ],
      });
    } finally {
      repo.cleanup();
    }
  });
});

describe('Markdown fits a GitHub comment', () => {
  const big = (): PlanReport => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({
      address: `aws_cognito_user_group.g${i}`,
      mode: 'managed' as const,
      type: 'aws_cognito_user_group',
      action: 'destroy' as const,
      attributes: [],
      before: {},
      after: null,
      unknown: 'state' as const,
    }));
    const hazards = entries.slice(0, 400).map((e) => ({
      code: 'unknown-resource' as const,
      severity: 'warning' as const,
      stack: 'shop',
      file: 'config/shop.yaml',
      path: ['stack'],
      subject: e.address,
      message: `the plan destroys ${e.address}, which the YAML does not describe`,
      hint: 'move it out of this state',
      accepted: false,
      line: 4,
      col: 1,
    }));
    return {
      stacks: [
        {
          stack: 'shop',
          file: 'config/shop.yaml',
          planFile: 'shop.json',
          formatVersion: '1.2',
          errored: false,
          entries,
        },
      ],
      hazards,
    };
  };

  test('a long plan is cut under the limit, and says where the full report is', () => {
    const markdown = renderMarkdown(big());
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    expect(markdown).toContain('(cut)</summary>');
    expect(markdown).toMatch(/\d+ more lines not shown\./);
    expect(markdown).toContain('The full report is in the job log (`cogfed plan --format text`)');
  });

  test('when even the hazards do not fit, one line per code', () => {
    const markdown = renderMarkdown(big(), 10_000);
    expect(markdown.length).toBeLessThanOrEqual(10_000);
    expect(markdown).toContain('### Hazards (summary)\n\n- `unknown-resource`: 400\n');
  });

  test('a short plan is whole, its changes folded', () => {
    const repo = new PlanRepo(fixture('replace-pool'));
    try {
      const markdown = repo.run({ format: 'markdown' }).stdout;
      expect(markdown).toMatch(/^## cogfed plan: 1 plan \(shop\)\n/);
      expect(markdown).toContain(
        '> [!CAUTION]\n> **1 blocking hazard not accepted** (`pool-replaced`)',
      );
      expect(markdown).toContain('| **blocking** | `pool-replaced` | `config/shop.yaml:12` |');
      expect(markdown).toContain(
        '<details><summary>Changes in stack shop: 0 to create, 0 to update, 6 to replace, 0 to destroy, 0 to import, 0 to move; 3 unchanged</summary>',
      );
      expect(markdown).toContain(
        '```diff\n-/+ aws_cognito_identity_provider.customers__Okta (replace; because its user pool aws_cognito_user_pool.customers is replaced',
      );
      expect(markdown).not.toContain('(cut)');
    } finally {
      repo.cleanup();
    }
  });
});
