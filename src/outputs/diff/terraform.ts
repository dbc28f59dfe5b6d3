/**
 * A synthesized stack (`cdk.tf.json`, parsed) as a flat map of addressable
 * entries: managed resources, data sources, variables, outputs, and the
 * stack-wide settings (provider blocks, backend, required providers).
 * Addresses are Terraform's own (`aws_cognito_user_pool.customers`,
 * `data.aws_ssm_parameter.x`, `var.x`, `output.x`).
 */
export type EntryKind = 'resource' | 'data' | 'variable' | 'output' | 'setting';

export interface Entry {
  address: string;
  kind: EntryKind;
  /** Terraform type for resources and data sources (`aws_cognito_user_pool`). */
  type?: string;
  name: string;
  /** The block's arguments, without CDKTF's `//` metadata and without `depends_on` (ordering only: it never changes a resource). */
  body: Record<string, unknown>;
}

export type TerraformJson = Record<string, unknown>;

/** Arguments that describe how Terraform orders or tracks a block, not what it creates. */
const IGNORED_ARGUMENTS = new Set(['//', 'depends_on']);

export function entriesOf(stack: TerraformJson): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (entry: Entry) => entries.set(entry.address, entry);

  for (const [type, blocks] of objectEntries(stack.resource)) {
    for (const [name, body] of objectEntries(blocks))
      add({ address: `${type}.${name}`, kind: 'resource', type, name, body: clean(body) });
  }
  for (const [type, blocks] of objectEntries(stack.data)) {
    for (const [name, body] of objectEntries(blocks))
      add({ address: `data.${type}.${name}`, kind: 'data', type, name, body: clean(body) });
  }
  for (const [name, body] of objectEntries(stack.variable))
    add({ address: `var.${name}`, kind: 'variable', name, body: clean(body) });
  for (const [name, body] of objectEntries(stack.output))
    add({ address: `output.${name}`, kind: 'output', name, body: clean(body) });

  // A provider may be written as one block or as a list of aliased blocks.
  for (const [name, value] of objectEntries(stack.provider)) {
    const blocks = Array.isArray(value) ? value : [value];
    blocks.forEach((block, i) => {
      const alias =
        isObject(block) && typeof block.alias === 'string'
          ? block.alias
          : blocks.length > 1
            ? String(i)
            : '';
      add({
        address: `provider.${name}${alias ? `.${alias}` : ''}`,
        kind: 'setting',
        name,
        body: clean(block),
      });
    });
  }
  for (const [name, body] of objectEntries(stack.terraform)) {
    add({
      address: `terraform.${name}`,
      kind: 'setting',
      name,
      body: isObject(body) ? clean(body) : { value: body },
    });
  }
  return entries;
}

function clean(body: unknown): Record<string, unknown> {
  if (!isObject(body)) return {};
  return Object.fromEntries(Object.entries(body).filter(([key]) => !IGNORED_ARGUMENTS.has(key)));
}

function objectEntries(value: unknown): Array<[string, unknown]> {
  return isObject(value) ? Object.entries(value).filter(([key]) => key !== '//') : [];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Terraform references inside a value: `${aws_cognito_user_pool.customers.id}`
 * gives `{ address: 'aws_cognito_user_pool.customers', attribute: 'id' }`.
 */
export function referencesIn(value: unknown): Array<{ address: string; attribute: string }> {
  const found: Array<{ address: string; attribute: string }> = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const interpolation of v.match(/\$\{[^}]*\}/g) ?? []) {
        for (const m of interpolation.matchAll(
          /\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_]*)/g,
        )) {
          if (!m[1].startsWith('var.') && !m[1].startsWith('local.'))
            found.push({ address: m[1], attribute: m[2] });
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}
