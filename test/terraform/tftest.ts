import { hclString } from '../../src/compile/expressions';
import type { Json } from '../compile/helpers';

/**
 * The `.tftest.hcl` files the Terraform tests run, generated from a stack's
 * cdk.tf.json, so every golden stack (and any added later) is covered:
 *
 * - `mock.tftest.hcl`: `mock_provider "aws"`; a `command = plan` run and a
 *   `command = apply` run.
 * - `plan.tftest.hcl`: the real provider binary, configured to start offline,
 *   `command = plan`, with `override_data` for every SSM parameter and Secrets
 *   Manager secret, so the provider's own plan-time checks run without AWS.
 *
 * What they assert is derived from the stack JSON by a route independent of
 * the expressions under test: a client `<pool>__<client>` belongs to the pool
 * `<pool>` (addresses.ts: the first `__` ends the pool id), and each
 * `${aws_cognito_identity_provider.X.provider_name}` it lists must name a
 * provider resource of that same pool, whose written `provider_name` is the
 * value Terraform must resolve. Anything the generator does not understand
 * throws, so a new shape of output fails the test instead of going unchecked.
 */

export interface ClientExpectation {
  /** `aws_cognito_user_pool_client` name. */
  client: string;
  /** `aws_cognito_user_pool` name. */
  pool: string;
  /** When the client sets supported_identity_providers: the names they resolve to, and the provider resources they refer to. */
  identityProviders?: { names: string[]; providers: string[] };
}

export function clientExpectations(stack: Json): ClientExpectation[] {
  const pools: Record<string, Json> = stack.resource?.aws_cognito_user_pool ?? {};
  const idps: Record<string, Json> = stack.resource?.aws_cognito_identity_provider ?? {};
  return Object.entries<Json>(stack.resource?.aws_cognito_user_pool_client ?? {}).map(
    ([client, body]) => {
      const pool = client.split('__')[0];
      if (!(pool in pools) || pool === client)
        throw new Error(`client ${client}: no user pool ${pool} in the stack`);
      const listed: unknown[] | undefined = body.supported_identity_providers;
      if (listed === undefined) return { client, pool };
      const names: string[] = [];
      const providers: string[] = [];
      for (const entry of listed) {
        const ref =
          typeof entry === 'string'
            ? /^\$\{aws_cognito_identity_provider\.([A-Za-z0-9_-]+)\.provider_name\}$/.exec(entry)
            : null;
        if (ref) {
          const idp = idps[ref[1]];
          if (!idp)
            throw new Error(
              `client ${client}: refers to aws_cognito_identity_provider.${ref[1]}, which the stack does not have`,
            );
          if (!ref[1].startsWith(`${pool}__`))
            throw new Error(
              `client ${client}: refers to ${ref[1]}, a provider outside pool ${pool}`,
            );
          if (typeof idp.provider_name !== 'string' || idp.provider_name.includes('${'))
            throw new Error(`provider ${ref[1]}: provider_name is not a literal`);
          names.push(idp.provider_name);
          providers.push(ref[1]);
        } else if (typeof entry === 'string' && !entry.includes('${')) {
          names.push(entry);
        } else {
          throw new Error(
            `client ${client}: supported_identity_providers entry ${JSON.stringify(entry)} is neither a literal nor a provider's provider_name`,
          );
        }
      }
      return { client, pool, identityProviders: { names, providers } };
    },
  );
}

/** A Terraform `variables` value for each declared variable (all are secrets, of type string). */
function variableValues(stack: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, variable] of Object.entries<Json>(stack.variable ?? {})) {
    if (variable.type !== undefined && variable.type !== 'string')
      throw new Error(
        `variable ${name}: type ${variable.type}; give the generator a value of that type`,
      );
    out[name] = `test-value-of-${name}`;
  }
  return out;
}

const SECRET_KEY =
  /jsondecode\(data\.aws_secretsmanager_secret_version\.([A-Za-z0-9_-]+)\.secret_string\)\[("(?:[^"\\]|\\.)*")\]/g;

/**
 * Secrets Manager data source → the JSON keys the stack reads from it. A
 * mocked or overridden `secret_string` must be JSON holding them, or
 * `jsondecode(...)["key"]` fails.
 */
function secretKeys(stack: Json): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const name of Object.keys(stack.data?.aws_secretsmanager_secret_version ?? {}))
    keys.set(name, new Set());
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(SECRET_KEY))
        keys
          .get(m[1])
          ?.add(JSON.parse(m[2].replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')) as string);
    } else if (node && typeof node === 'object') {
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(stack.resource);
  visit(stack.output);
  return keys;
}

/** A secret_string for these keys: a JSON object when the stack reads keys, else any string. */
function secretString(keys: Iterable<string>): string {
  const list = [...keys].sort();
  return list.length
    ? JSON.stringify(Object.fromEntries(list.map((k) => [k, `test-value-of-${k}`])))
    : 'test-secret-string';
}

/** An HCL object of strings, one attribute a line, at `indent`. */
function hclMap(values: Record<string, string>, indent: string): string {
  const entries = Object.entries(values);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${indent}  ${hclString(k)} = ${hclString(v)}`).join('\n')}\n${indent}}`;
}

function assert(condition: string, message: string): string {
  return `  assert {\n    condition     = ${condition}\n    error_message = ${hclString(message)}\n  }\n`;
}

/** `toset(...) == toset([...])`: the provider declares the attribute a set (hashicorp/aws 5.x and 6.x). */
function providerAssertions(expectations: ClientExpectation[]): string {
  return expectations
    .filter((e) => e.identityProviders)
    .map((e) => {
      const names = e.identityProviders!.names;
      return assert(
        `toset(aws_cognito_user_pool_client.${e.client}.supported_identity_providers) == toset([${names.map(hclString).join(', ')}])`,
        `aws_cognito_user_pool_client.${e.client}.supported_identity_providers does not resolve to ${JSON.stringify(names)}`,
      );
    })
    .join('');
}

function variablesBlock(stack: Json): string {
  const values = variableValues(stack);
  // Every declared variable needs a value: terraform test does not prompt. A
  // block body takes bare names, and variable names are identifiers.
  const entries = Object.entries(values);
  return entries.length
    ? `variables {\n${entries.map(([k, v]) => `  ${k} = ${hclString(v)}`).join('\n')}\n}\n\n`
    : '';
}

function header(kind: string, stack: Json): string {
  return `# Generated by test/terraform/tftest.ts from the stack ${stack['//']?.metadata?.stackName ?? ''}: ${kind}.\n\n`;
}

/** Mock provider: plan, then apply; the apply run checks references resolve and outputs are known. */
export function mockTestFile(stack: Json): { text: string; runs: string[] } {
  const expectations = clientExpectations(stack);
  const allKeys = new Set([...secretKeys(stack).values()].flatMap((s) => [...s]));
  const mockData = stack.data?.aws_secretsmanager_secret_version
    ? `  # A mocked secret_string is a random string, which jsondecode() rejects.\n  mock_data "aws_secretsmanager_secret_version" {\n    defaults = {\n      secret_string = ${hclString(secretString(allKeys))}\n    }\n  }\n`
    : '';

  let apply = '';
  for (const e of expectations) {
    apply += assert(
      `aws_cognito_user_pool_client.${e.client}.user_pool_id == aws_cognito_user_pool.${e.pool}.id`,
      `aws_cognito_user_pool_client.${e.client}.user_pool_id is not aws_cognito_user_pool.${e.pool}.id`,
    );
    for (const provider of e.identityProviders?.providers ?? []) {
      apply += assert(
        `aws_cognito_identity_provider.${provider}.user_pool_id == aws_cognito_user_pool.${e.pool}.id`,
        `aws_cognito_identity_provider.${provider} (listed by client ${e.client}) is not in aws_cognito_user_pool.${e.pool}`,
      );
    }
  }
  apply += providerAssertions(expectations);
  for (const [name, output] of Object.entries<Json>(stack.output ?? {})) {
    const json = output.sensitive
      ? `nonsensitive(jsonencode(output.${name}))`
      : `jsonencode(output.${name})`;
    apply += assert(
      `output.${name} != null && !strcontains(${json}, "$\${")`,
      `output ${name} is null, unknown or holds an unresolved \${ after apply`,
    );
  }

  const text =
    header('mock provider, plan and apply', stack) +
    `mock_provider "aws" {\n${mockData}}\n\n` +
    variablesBlock(stack) +
    `run "mock_plan" {\n  command = plan\n\n${providerAssertions(expectations)}}\n\n` +
    `run "mock_apply" {\n  command = apply\n\n${apply}}\n`;
  return { text, runs: ['mock_plan', 'mock_apply'] };
}

/** The real provider, plan only, offline: data sources overridden, credentials fake and never checked. */
export function planTestFile(stack: Json): { text: string; runs: string[] } {
  const providers: Json[] = stack.provider?.aws ?? [];
  if (providers.length !== 1)
    throw new Error(
      `the stack has ${providers.length} aws provider blocks; the generator handles one`,
    );
  const { region, default_tags: defaultTags = [], ...rest } = providers[0];
  if (Object.keys(rest).length)
    throw new Error(
      `provider arguments ${Object.keys(rest).join(', ')}: carry them into the test's provider block in tftest.ts`,
    );
  const tags = (defaultTags as Json[])
    .map((block) => `  default_tags {\n    tags = ${hclMap(block.tags ?? {}, '    ')}\n  }\n`)
    .join('');

  const known = new Set(['aws_ssm_parameter', 'aws_secretsmanager_secret_version']);
  const unknown = Object.keys(stack.data ?? {}).filter((t) => !known.has(t));
  if (unknown.length)
    throw new Error(`data sources ${unknown.join(', ')} have no override: the plan would call AWS`);
  let overrides = '';
  for (const name of Object.keys(stack.data?.aws_ssm_parameter ?? {})) {
    overrides += `override_data {\n  target = data.aws_ssm_parameter.${name}\n  values = {\n    value = ${hclString(`test-value-of-${name}`)}\n  }\n}\n\n`;
  }
  for (const [name, keys] of secretKeys(stack)) {
    overrides += `override_data {\n  target = data.aws_secretsmanager_secret_version.${name}\n  values = {\n    secret_string = ${hclString(secretString(keys))}\n  }\n}\n\n`;
  }

  const text =
    header('hashicorp/aws itself, plan only, offline', stack) +
    `# The stack's region and default_tags, with fake credentials the provider never checks.\n` +
    `provider "aws" {\n  region                      = ${hclString(region)}\n  access_key                  = "test"\n  secret_key                  = "test"\n  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n${tags}}\n\n` +
    overrides +
    variablesBlock(stack) +
    `run "provider_plan" {\n  command = plan\n\n${providerAssertions(clientExpectations(stack))}}\n`;
  return { text, runs: ['provider_plan'] };
}
