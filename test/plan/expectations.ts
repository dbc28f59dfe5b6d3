import { synthesizeModels } from '../../src/compile';
import { UsageError } from '../../src/load/files';
import type { Model } from '../../src/model/model';
import { plan, PlanCommandOptions } from '../../src/cli/plan';
import { TempRepo } from '../diff/repo';
import { BASE_YAML, CONSOLE_CALLBACK, Json, SCENARIOS, SECRET_VALUE } from './scenarios';
import type { GeneratedPlan } from './terraform';

export interface PlanRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The compile stage, remembered per input: every test compiles the same few stacks. */
const compiled = new Map<string, Map<string, object>>();
export function cachedSynthesize(models: Model[]): Map<string, object> {
  const key = JSON.stringify(models);
  if (!compiled.has(key)) compiled.set(key, synthesizeModels(models));
  return compiled.get(key)!;
}

/**
 * A pull request's checkout: `config/shop.yaml` is the base stack on `main`,
 * the working tree holds the scenario's head YAML and its plan JSON.
 */
export class PlanRepo {
  private readonly repo = new TempRepo({ 'config/shop.yaml': BASE_YAML });

  constructor(readonly fixture: GeneratedPlan) {
    this.repo.write('config/shop.yaml', fixture.yaml).write(`${fixture.name}.json`, fixture.json);
  }

  get dir(): string {
    return this.repo.dir;
  }

  run(options: Partial<PlanCommandOptions> & { args?: string[] } = {}): PlanRun {
    try {
      return plan(
        options.args ?? [`${this.fixture.name}.json`],
        {
          accept: options.accept ?? [],
          format: options.format ?? 'text',
          ...(options.base ? { base: options.base } : {}),
        },
        this.repo.dir,
        cachedSynthesize,
      );
    } catch (error) {
      if (error instanceof UsageError)
        return { stdout: '', stderr: `cogfed: ${error.message}\n`, exitCode: 2 };
      throw error;
    }
  }

  json(options: Partial<PlanCommandOptions> & { args?: string[] } = {}): Json {
    return JSON.parse(this.run({ ...options, format: 'json' }).stdout);
  }

  cleanup(): void {
    this.repo.cleanup();
  }
}

/** `code@line:col` of each hazard, as the JSON report orders them. */
export function hazards(report: Json): string[] {
  return report.hazards.map((h: Json) => `${h.code}@${h.line}:${h.col}`);
}

function change(report: Json, address: string): Json {
  const found = report.stacks[0].changes.find((c: Json) => c.address === address);
  if (!found) throw new Error(`no change for ${address}`);
  return found;
}

/**
 * What cogfed must say about each real plan. Declared once, run twice: on
 * the committed fixtures (everywhere) and on plans Terraform makes afresh
 * (where Terraform and the provider mirror exist).
 */
export function planExpectations(load: () => ReadonlyMap<string, GeneratedPlan>): void {
  const repos: PlanRepo[] = [];
  const repoOf = (name: string) => {
    const repo = new PlanRepo(load().get(name)!);
    repos.push(repo);
    return repo;
  };
  afterAll(() => repos.forEach((r) => r.cleanup()));

  test('create: every resource created, each mapped to its YAML node; the plan matches the files', () => {
    const repo = repoOf('create');
    const result = repo.run();
    expect(result.exitCode).toBe(0);
    const report = repo.json();
    expect(report.hazards).toEqual([]);
    expect(report.stacks[0]).toMatchObject({
      stack: 'shop',
      file: 'config/shop.yaml',
      plan: 'create.json',
      errored: false,
      counts: { create: 9, update: 0, replace: 0, destroy: 0, import: 0, move: 0 },
    });
    expect(report.stacks[0].mismatch).toBeUndefined();
    expect(
      report.stacks[0].changes.map(
        (c: Json) => `${c.action} ${c.address} ${c.yaml.line}:${c.yaml.col} ${c.yaml.path}`,
      ),
    ).toEqual([
      'create aws_cognito_identity_provider.customers__Okta 22:7 userPools.customers.identityProviders.Okta',
      'create aws_cognito_resource_server.customers__orders 18:7 userPools.customers.resourceServers.orders',
      'create aws_cognito_user_pool.customers 8:3 userPools.customers',
      'create aws_cognito_user_pool.staff 39:3 userPools.staff',
      'create aws_cognito_user_pool_client.customers__web 31:7 userPools.customers.clients.web',
      'create aws_cognito_user_pool_client.customers__worker 37:7 userPools.customers.clients.worker',
      'create aws_cognito_user_pool_client.staff__admin 43:7 userPools.staff.clients.admin',
      'create aws_cognito_user_pool_domain.customers 15:5 userPools.customers.domain',
      'create aws_cognito_user_pool_domain.staff 40:5 userPools.staff.domain',
    ]);
  });

  test('replace-pool: names the pool, points at the line that forced it, says its users are deleted, exits 1', () => {
    const repo = repoOf('replace-pool');
    const result = repo.run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^config\/shop\.yaml:12:27: error pool-replaced: user pool customers \(shop-customers\) is replaced \(Terraform: username_attributes \["email"\] → \["phone_number"\] forces replacement\): Terraform destroys the pool and creates an empty one, so every user in it \(about 1520 according to the state\) is deleted; its app clients \(web, worker\) are recreated with new client ids; its identity providers \(Okta\) are recreated/m,
    );
    const report = repo.json();
    // One hazard: the children go with the pool, and the pool's hazard says so.
    expect(hazards(report)).toEqual(['pool-replaced@12:27']);
    expect(report.stacks[0].counts).toMatchObject({ replace: 6, unchanged: 3 });
    expect(change(report, 'aws_cognito_user_pool.customers')).toMatchObject({
      action: 'replace',
      order: 'destroy-first',
      reason: 'username_attributes cannot be updated in place',
      yaml: { line: 12, col: 27, path: 'userPools.customers.signIn.usernameAttributes' },
    });
    expect(change(report, 'aws_cognito_user_pool.customers').attributes).toContainEqual({
      path: 'username_attributes',
      before: ['email'],
      after: ['phone_number'],
      forcesReplacement: true,
    });
    expect(change(report, 'aws_cognito_user_pool_client.customers__web')).toMatchObject({
      action: 'replace',
      reason:
        'its user pool aws_cognito_user_pool.customers is replaced (user_pool_id cannot be updated in place)',
    });
  });

  test('replace-pool accepted with a reason: exit 0, and the reason in every format', () => {
    const repo = repoOf('replace-pool');
    const accept = ['pool-replaced=users migrated to shop-customers-v2'];
    expect(repo.run({ accept }).exitCode).toBe(0);
    expect(repo.run({ accept }).stdout).toContain(
      '[accepted: --accept pool-replaced, reason: users migrated to shop-customers-v2]',
    );
    expect(repo.run({ accept, format: 'markdown' }).stdout).toContain(
      'accepted: --accept pool-replaced, reason: users migrated to shop-customers-v2',
    );
    const github = repo.run({ accept, format: 'github' }).stdout;
    expect(github).toMatch(
      /^::warning file=config\/shop\.yaml,line=12,col=27,.*title=cogfed pool-replaced::.*reason: users migrated to shop-customers-v2/m,
    );
    // Every planned change is a notice on the YAML line that produces it.
    expect(github).toContain(
      '::notice file=config/shop.yaml,line=12,col=27,title=cogfed plan%3A replace::-/+ aws_cognito_user_pool.customers (replace; because username_attributes cannot be updated in place)',
    );
    expect(github.match(/^::notice /gm)).toHaveLength(6);
    expect(repo.json({ accept }).hazards[0]).toMatchObject({
      code: 'pool-replaced',
      accepted: true,
      reason: 'users migrated to shop-customers-v2',
    });
    const sarif = JSON.parse(repo.run({ accept, format: 'sarif' }).stdout);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'pool-replaced',
      level: 'warning',
      suppressions: [
        {
          kind: 'external',
          status: 'accepted',
          justification: 'users migrated to shop-customers-v2',
        },
      ],
    });
  });

  test('edits: client replaced, IdP renamed, custom attribute changed, import, move, resources the YAML does not know', () => {
    const repo = repoOf('edits');
    const report = repo.json();
    expect(hazards(report)).toEqual([
      'unknown-resource@4:1',
      'unknown-resource@4:1',
      'custom-attribute-changed@14:7',
      'idp-renamed@25:7',
      'client-replaced@41:25',
    ]);
    const byCode = (code: string) =>
      report.hazards.filter((h: Json) => h.code === code).map((h: Json) => h.message);
    expect(byCode('client-replaced')[0]).toMatch(
      /^app client worker \(worker\) in pool customers is replaced \(Terraform: generate_secret false → true forces replacement\): it gets a new client id/,
    );
    expect(byCode('idp-renamed')[0]).toMatch(
      /^identity provider Okta in pool customers is renamed to OktaEU/,
    );
    expect(byCode('custom-attribute-changed')[0]).toContain(
      'schema[tenant_id].string_attribute_constraints[0].max_length "64" → "128"',
    );
    expect(byCode('unknown-resource')).toEqual([
      expect.stringMatching(
        /^the plan destroys aws_cognito_user_group\.customers__admins, which the YAML does not describe: it is in the state of stack shop but in no YAML/,
      ),
      expect.stringMatching(
        /^the plan creates aws_cognito_user_group\.staff__support, which the YAML does not describe: it is in the configuration Terraform read/,
      ),
    ]);
    expect(change(report, 'aws_cognito_resource_server.customers__billing')).toMatchObject({
      action: 'no-op',
      importId: expect.stringMatching(
        /^us-east-1_[0-9a-f]{9}\|https:\/\/api\.shop\.example\/billing$/,
      ),
      yaml: { line: 18, col: 7 },
    });
    expect(change(report, 'aws_cognito_resource_server.customers__orders')).toMatchObject({
      action: 'no-op',
      movedFrom: 'aws_cognito_resource_server.customers__orders_v1',
      yaml: { line: 21, col: 7 },
    });
    expect(change(report, 'aws_cognito_user_group.customers__admins')).toMatchObject({
      action: 'destroy',
      yaml: null,
      notInYaml: 'state',
    });
    expect(change(report, 'aws_cognito_user_group.staff__support')).toMatchObject({
      action: 'create',
      yaml: null,
      notInYaml: 'configuration',
    });
    expect(report.stacks[0].counts).toMatchObject({
      create: 2,
      update: 3,
      replace: 1,
      destroy: 2,
      import: 1,
      move: 1,
    });
    // The hand-written file is in the configuration, but everything the YAML compiles to is there as written.
    expect(report.stacks[0].mismatch).toBeUndefined();
    expect(repo.run().exitCode).toBe(1);
  });

  test('edits with --base: the console edit of a client is drift the apply reverts; the YAML did not change that client', () => {
    const repo = repoOf('edits');
    const result = repo.run({ base: 'main' });
    expect(result.stdout).toMatch(
      /^config\/shop\.yaml:48:23: warning drift-reverted: the YAML did not change app client admin \(admin\) in pool staff, yet the plan changes callback_urls, refresh_token_validity \(the YAML at the base compiles to the same values\): it was edited outside Terraform/m,
    );
    const report = repo.json({ base: 'main' });
    expect(hazards(report).filter((h) => h.startsWith('drift-reverted'))).toEqual([
      'drift-reverted@48:23',
    ]);
    const admin = change(report, 'aws_cognito_user_pool_client.staff__admin');
    expect(admin.drift).toEqual({
      attributes: ['callback_urls', 'refresh_token_validity'],
      evidence: ['base'],
    });
    expect(admin.attributes).toContainEqual({
      path: 'callback_urls',
      before: [CONSOLE_CALLBACK, 'https://admin.shop.example/callback'].sort(),
      after: ['https://admin.shop.example/callback'],
    });
    // What the YAML did change is not drift: the web client follows the renamed provider.
    expect(change(report, 'aws_cognito_user_pool_client.customers__web').drift).toBeUndefined();
    // The provider the YAML renamed was in the base: removed by this change, not unknown.
    expect(change(report, 'aws_cognito_identity_provider.customers__Okta')).toMatchObject({
      action: 'destroy',
      notInYaml: 'state',
    });
    expect(report.hazards.filter((h: Json) => h.code === 'unknown-resource')).toHaveLength(2);
  });

  test('protected: the plan stops at prevent_destroy; cogfed says so before anyone applies', () => {
    const repo = repoOf('protected');
    const result = repo.run();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('! Terraform stopped this plan at an error: it is incomplete');
    const report = repo.json();
    expect(report.stacks[0]).toMatchObject({ errored: true, applyable: false });
    expect(hazards(report)).toEqual(['pool-destroy-prevented@39:3', 'pool-replaced@41:22']);
    expect(report.hazards[0].message).toMatch(
      /^the plan wants to replace user pool staff \(shop-staff\), but the YAML keeps deletionProtection on, so the pool has lifecycle\.prevent_destroy and Terraform refuses to replace it \("Instance cannot be destroyed"\); this plan stopped at that error and cannot be applied; even without that, deletion protection is ACTIVE/,
    );
  });

  test('pool-removed: destroyed, and AWS deletion protection will stop the apply', () => {
    const repo = repoOf('pool-removed');
    const plain = repo.json();
    expect(hazards(plain)).toEqual(['pool-destroy-prevented@7:1', 'pool-destroyed@7:1']);
    expect(plain.hazards[1].message).toMatch(
      /^user pool aws_cognito_user_pool\.staff \(shop-staff\) is destroyed \(it is in the state but no longer in the configuration\): every user in it \(about 12 according to the state\) is deleted/,
    );
    expect(plain.hazards[0].message).toContain(
      'deletion protection is ACTIVE on the pool in AWS (the state says so), so AWS refuses to delete it and the apply fails partway',
    );
    // With the base, cogfed knows what the removed pool was.
    const based = repo.json({ base: 'main' });
    expect(based.hazards.map((h: Json) => [h.code, h.subject])).toEqual([
      ['pool-destroy-prevented', 'staff'],
      ['pool-destroyed', 'staff'],
    ]);
    expect(based.hazards[1].message).toMatch(/^user pool staff \(shop-staff\) is destroyed/);
  });

  test('no format ever prints the secret the plan holds, and the same input gives the same bytes', () => {
    for (const scenario of SCENARIOS) {
      const repo = repoOf(scenario.name);
      expect(repo.fixture.json).toContain(SECRET_VALUE);
      for (const format of ['text', 'markdown', 'json', 'github', 'sarif'] as const) {
        const first = repo.run({ format, base: 'main' });
        expect(`${first.stdout}${first.stderr}`).not.toContain(SECRET_VALUE);
        expect(repo.run({ format, base: 'main' }).stdout).toBe(first.stdout);
      }
    }
  });
}
