import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { formatText } from '../../src/outputs/format/text';
import { modelsFromContents } from '../../src/model/pipeline';
import {
  BASE_YAML,
  ESTIMATED_USERS,
  Ids,
  Json,
  Scenario,
  SCENARIOS,
  SECRET_VALUE,
} from './scenarios';

/**
 * Makes the real-plan fixtures with real Terraform, offline:
 *
 * - the stack is what cogfed compiles, adjusted for the provider in the
 *   local mirror (hashicorp/aws 5.100.0; cogfed pins 6.x): the version
 *   constraint rewritten, types 5.100.0 lacks dropped (as
 *   test/synth/terraform.test.ts does), and a local backend in the folder;
 * - an override file gives the provider dummy credentials and skips every
 *   call it makes at start-up, and points Cognito at a dead local endpoint
 *   (or at a fake one that answers what an import reads);
 * - creation is planned without state; every other scenario against a
 *   prior state (format version 4) made from the creation plan's planned
 *   values with ids filled in, with `-refresh=false`, so Terraform compares
 *   the state with the configuration without calling AWS.
 *
 * The plans are made in a temporary folder; the output is normalized so the
 * same inputs give the same bytes (timestamp fixed, relevant_attributes
 * sorted, the fake endpoint's port replaced).
 */
export const TERRAFORM = process.env.TERRAFORM_BIN ?? '/usr/local/bin/terraform';
export const MIRROR = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
export const MIRROR_VERSION = '5.100.0';
/** aws_cognito_managed_login_branding arrived in the 6.x provider. */
const NEWER_THAN_MIRROR = ['aws_cognito_managed_login_branding'];
const PROVIDER = 'provider["registry.terraform.io/hashicorp/aws"]';
const DEAD_ENDPOINT = 'http://127.0.0.1:1';
const TIMESTAMP = '2000-01-01T00:00:00Z';

/** Why the real-plan test cannot run here, or undefined when it can. */
export function unavailable(): string | undefined {
  if (!existsSync(TERRAFORM)) return `no terraform at ${TERRAFORM} (set TERRAFORM_BIN)`;
  if (!existsSync(join(MIRROR, 'registry.terraform.io/hashicorp/aws', MIRROR_VERSION)))
    return `no hashicorp/aws ${MIRROR_VERSION} in the provider mirror ${MIRROR} (set TF_PLUGIN_MIRROR)`;
  return undefined;
}

export interface GeneratedPlan {
  name: string;
  /** The head YAML the plan was made from. */
  yaml: string;
  /** `terraform show -json`, normalized and pretty-printed. */
  json: string;
}

export async function generatePlans(
  options: { keep?: boolean; concurrency?: number } = {},
): Promise<GeneratedPlan[]> {
  const work = mkdtempSync(join(tmpdir(), 'cogfed-plan-fixtures-'));
  try {
    const cliConfig = join(work, 'terraform.rc');
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = "${MIRROR}"\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/*"]\n  }\n}\n`,
    );
    const byName = new Map(SCENARIOS.map((s) => [s.name, s]));
    const create = byName.get('create')!;
    const first = await planScenario(work, cliConfig, create, undefined);
    const state = stateFromPlan(JSON.parse(first.json));
    const ids: Ids = {
      pool: (address) => {
        const [type, name] = address.split('.');
        return state.resources.find((r: Json) => r.type === type && r.name === name).instances[0]
          .attributes.id;
      },
    };
    const rest = SCENARIOS.filter((s) => s !== create);
    const results: GeneratedPlan[] = [first];
    const queue = [...rest];
    const workers = Array.from({ length: options.concurrency ?? 2 }, async () => {
      for (let s = queue.shift(); s; s = queue.shift())
        results.push(await planScenario(work, cliConfig, s, { state, ids }));
    });
    await Promise.all(workers);
    return SCENARIOS.map((s) => results.find((r) => r.name === s.name)!);
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

async function planScenario(
  work: string,
  cliConfig: string,
  scenario: Scenario,
  prior: { state: Json; ids: Ids } | undefined,
): Promise<GeneratedPlan> {
  const dir = join(work, scenario.name);
  mkdirSync(dir);
  const yaml = scenario.head(BASE_YAML);
  const stack = compile(yaml);
  stack.terraform.required_providers.aws.version = MIRROR_VERSION;
  stack.terraform.backend = { local: { path: 'terraform.tfstate' } };
  for (const type of NEWER_THAN_MIRROR) delete stack.resource?.[type];
  if (prior) scenario.editStack?.(stack, prior.ids);
  writeFileSync(join(dir, 'cdk.tf.json'), JSON.stringify(stack, null, 2));
  for (const [file, body] of Object.entries(prior ? (scenario.extraFiles?.(prior.ids) ?? {}) : {}))
    writeFileSync(join(dir, file), JSON.stringify(body, null, 2));
  if (prior) {
    const state = JSON.parse(JSON.stringify(prior.state));
    scenario.editState?.(state, prior.ids);
    writeFileSync(join(dir, 'terraform.tfstate'), JSON.stringify(state, null, 2));
  }

  const fake = scenario.cognito ? await fakeCognito(scenario.cognito) : undefined;
  try {
    const endpoint = fake
      ? `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`
      : DEAD_ENDPOINT;
    writeFileSync(
      join(dir, 'override.tf.json'),
      JSON.stringify(
        {
          provider: {
            aws: {
              access_key: 'test',
              secret_key: 'test',
              skip_credentials_validation: true,
              skip_requesting_account_id: true,
              skip_metadata_api_check: true,
              max_retries: 1,
              endpoints: [{ cognitoidp: endpoint }],
            },
          },
        },
        null,
        2,
      ),
    );
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cliConfig,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_DATA_DIR: join(dir, '.terraform'),
      [`TF_VAR_okta_secret`]: SECRET_VALUE,
    };
    const terraform = (...args: string[]) => run(TERRAFORM, args, dir, env);
    const init = await terraform('init', '-input=false', '-no-color');
    if (init.status !== 0)
      throw new Error(`terraform init (${scenario.name}) failed:\n${init.stderr}`);
    const plan = await terraform(
      'plan',
      '-refresh=false',
      '-input=false',
      '-no-color',
      '-lock=false',
      '-out=plan.tfplan',
    );
    if (plan.status !== 0 && !(scenario.errored && existsSync(join(dir, 'plan.tfplan'))))
      throw new Error(`terraform plan (${scenario.name}) failed:\n${plan.stdout}\n${plan.stderr}`);
    if (scenario.errored && plan.status === 0)
      throw new Error(`terraform plan (${scenario.name}) was expected to stop at an error`);
    const show = await terraform('show', '-json', '-no-color', 'plan.tfplan');
    if (show.status !== 0)
      throw new Error(`terraform show (${scenario.name}) failed:\n${show.stderr}`);
    if (fake && fake.unexpected.length > 0)
      throw new Error(
        `the fake Cognito endpoint got calls it does not answer: ${fake.unexpected.join(', ')}`,
      );
    const json = JSON.parse(show.stdout);
    json.timestamp = TIMESTAMP;
    // Terraform lists relevant_attributes in no fixed order (a map walk): sorted, so the bytes repeat.
    json.relevant_attributes?.sort((a: Json, b: Json) =>
      JSON.stringify(a) < JSON.stringify(b) ? -1 : 1,
    );
    const text = `${JSON.stringify(json, null, 1)}\n`;
    return {
      name: scenario.name,
      yaml,
      json: fake ? text.split(endpoint).join(DEAD_ENDPOINT) : text,
    };
  } finally {
    fake?.server.close();
  }
}

function compile(yaml: string): Json {
  const result = modelsFromContents([{ path: 'shop.yaml', bytes: Buffer.from(yaml) }]);
  if (!result.ok)
    throw new Error(`scenario YAML does not validate:\n${formatText(result.diagnostics)}`);
  const model = result.models[0];
  return synthesizeModels([model]).get(model.stack);
}

/**
 * A prior state (format version 4: https://developer.hashicorp.com/terraform/language/state,
 * the JSON Terraform itself writes) as if the creation plan had been applied:
 * each object's planned values, with the values known only after apply
 * filled in: ids in AWS's formats, references (`user_pool_id`) resolved from
 * the objects they name, and sensitive paths recorded, so that the same
 * configuration plans no change.
 */
export function stateFromPlan(plan: Json): Json {
  const configured = new Map<string, Json>(
    plan.configuration.root_module.resources.map((r: Json) => [r.address, r]),
  );
  const done = new Map<string, Json>();
  const pending = plan.resource_changes.filter((r: Json) => r.mode === 'managed');
  const resources: Json[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex((r: Json) =>
      references(configured.get(r.address)).every((ref) => done.has(ref) || ref === r.address),
    );
    if (ready < 0) throw new Error('state: circular references');
    const [change] = pending.splice(ready, 1);
    const attributes = { ...change.change.after };
    for (const [key, unknown] of Object.entries(
      change.change.after_unknown as Record<string, unknown>,
    )) {
      const refs: string[] = configured.get(change.address)?.expressions?.[key]?.references ?? [];
      const ref = refs.find((r) => done.has(r.slice(0, r.lastIndexOf('.'))));
      if (unknown === true && ref)
        attributes[key] = done.get(ref.slice(0, ref.lastIndexOf('.')))[
          ref.slice(ref.lastIndexOf('.') + 1)
        ];
    }
    fillComputed(change.type, change.address, attributes);
    done.set(change.address, attributes);
    resources.push({
      mode: 'managed',
      type: change.type,
      name: change.name,
      provider: PROVIDER,
      instances: [
        {
          schema_version: 0,
          attributes,
          sensitive_attributes: sensitivePaths(change.change.after_sensitive),
        },
      ],
    });
  }
  return {
    version: 4,
    terraform_version: plan.terraform_version,
    serial: 1,
    lineage: '2f0c5a4e-0000-4000-8000-00000000c0f0',
    outputs: {},
    resources,
    check_results: null,
  };
}

function references(resource: Json): string[] {
  const out = new Set<string>();
  for (const expression of Object.values((resource?.expressions ?? {}) as Record<string, Json>)) {
    for (const ref of (expression?.references ?? []) as string[])
      if (/^aws_/.test(ref)) out.add(ref.split('.').slice(0, 2).join('.'));
  }
  return [...out];
}

function fillComputed(type: string, address: string, a: Json): void {
  const hash = (n: number) => createHash('sha256').update(address).digest('hex').slice(0, n);
  switch (type) {
    case 'aws_cognito_user_pool':
      a.id = `us-east-1_${hash(9)}`;
      a.arn = `arn:aws:cognito-idp:us-east-1:111122223333:userpool/${a.id}`;
      a.endpoint = `cognito-idp.us-east-1.amazonaws.com/${a.id}`;
      a.estimated_number_of_users = ESTIMATED_USERS[address] ?? 0;
      // An unset nested number is stored as 0 once applied (the SDK writes zero values; AWS returns 0).
      for (const policy of a.password_policy ?? []) policy.password_history_size ??= 0;
      break;
    case 'aws_cognito_user_pool_client':
      a.id = hash(26);
      break;
    case 'aws_cognito_identity_provider':
      a.id = `${a.user_pool_id}:${a.provider_name}`;
      break;
    case 'aws_cognito_resource_server':
      a.id = `${a.user_pool_id}|${a.identifier}`;
      a.scope_identifiers = a.scope.map((s: Json) => `${a.identifier}/${s.scope_name}`);
      break;
    case 'aws_cognito_user_pool_domain':
      a.id = a.domain;
      break;
    default:
      a.id = hash(16);
  }
}

/** `after_sensitive` as the state's `sensitive_attributes` paths (attribute, then map keys and list indexes). */
function sensitivePaths(mask: unknown): Json[] {
  const out: Json[] = [];
  const walk = (value: unknown, path: Json[], inAttribute: boolean) => {
    if (value === true) out.push(path);
    else if (Array.isArray(value))
      value.forEach((v, i) =>
        walk(v, [...path, { type: 'index', value: { value: i, type: 'number' } }], false),
      );
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value))
        walk(
          v,
          [
            ...path,
            inAttribute
              ? { type: 'index', value: { value: key, type: 'string' } }
              : { type: 'get_attr', value: key },
          ],
          true,
        );
    }
  };
  walk(mask, [], false);
  return out;
}

/**
 * A stand-in for the Cognito API (AWS JSON 1.1 protocol: the action in
 * `X-Amz-Target`, JSON in and out). It answers the actions a scenario lists
 * and records any other, which fails the scenario.
 */
async function fakeCognito(
  actions: Record<string, (request: Json) => Json>,
): Promise<{ server: Server; unexpected: string[] }> {
  const unexpected: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const action =
        String(request.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      const answer = Object.hasOwn(actions, action) ? actions[action] : undefined;
      const body = answer
        ? answer(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'))
        : { __type: 'InvalidParameterException', message: `the fake does not answer ${action}` };
      if (!answer) unexpected.push(action);
      const text = JSON.stringify(body);
      response.writeHead(answer ? 200 : 400, {
        'Content-Type': 'application/x-amz-json-1.1',
        'Content-Length': Buffer.byteLength(text),
      });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, unexpected };
}

/** A child process without blocking the event loop (the fake endpoint answers from this process). */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Write the generated plans over the committed fixtures (`UPDATE_PLAN_FIXTURES=1`). */
export function writeFixtures(plans: readonly GeneratedPlan[], dir: string): void {
  for (const plan of plans) {
    writeFileSync(join(dir, `${plan.name}.json`), plan.json);
    writeFileSync(join(dir, `${plan.name}.yaml`), plan.yaml);
  }
}

export function readFixture(dir: string, name: string): GeneratedPlan {
  return {
    name,
    yaml: readFileSync(join(dir, `${name}.yaml`), 'utf8'),
    json: readFileSync(join(dir, `${name}.json`), 'utf8'),
  };
}
