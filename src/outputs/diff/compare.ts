import { AttributeChange, diffAttributes, leaves, schemaPath } from './attributes';
import { replacingAttributes, replacingRule } from './replacement';
import { Entry, EntryKind, entriesOf, referencesIn, TerraformJson } from './terraform';

export type Action = 'create' | 'update' | 'replace' | 'destroy';

export interface EntryChange {
  address: string;
  kind: EntryKind;
  type?: string;
  action: Action;
  /** For update and replace: what differs. Create and destroy list nothing (the whole block). */
  attributes: AttributeChange[];
}

/**
 * Attributes that exist only once a resource is created: a reference to one of
 * them on a replaced resource is unknown until apply. Configured arguments
 * (a provider's `provider_name`) keep their planned value and change nothing.
 */
const COMPUTED_ATTRIBUTES = new Set([
  'id',
  'arn',
  'client_id',
  'client_secret',
  'endpoint',
  'cloudfront_distribution',
  'cloudfront_distribution_arn',
  'version',
  'creation_date',
  'last_modified_date',
]);

const KIND_ORDER: Record<EntryKind, number> = {
  resource: 0,
  data: 1,
  variable: 2,
  output: 3,
  setting: 4,
};

/**
 * What the head does to the base, entry by entry, as Terraform would plan it
 * from configuration alone (no state): creates, destroys, in-place updates,
 * and replacements, including those that cascade. A resource is replaced
 * when a replacing argument changes (replacement.ts), when the provider's
 * Region changes, or when a replacing argument refers to the id of a
 * resource that is itself replaced (a client of a replaced pool).
 * `base` or `head` is undefined for a stack that is added or removed.
 */
export function compareStacks(
  base: TerraformJson | undefined,
  head: TerraformJson | undefined,
): EntryChange[] {
  const a = entriesOf(base ?? {});
  const b = entriesOf(head ?? {});
  // Provider and backend blocks are compared only when the stack exists on both sides.
  const both = base !== undefined && head !== undefined;
  const changes = new Map<string, EntryChange>();

  for (const [address, entry] of b) {
    if (!a.has(address) && (both || entry.kind !== 'setting'))
      changes.set(address, {
        address,
        kind: entry.kind,
        type: entry.type,
        action: 'create',
        attributes: [],
      });
  }
  for (const [address, entry] of a) {
    if (!b.has(address) && (both || entry.kind !== 'setting'))
      changes.set(address, {
        address,
        kind: entry.kind,
        type: entry.type,
        action: 'destroy',
        attributes: [],
      });
  }
  for (const [address, before] of a) {
    const after = b.get(address);
    if (!after) continue;
    const attributes = diffAttributes(before.body, after.body).map((change) =>
      markReplacement(after, change),
    );
    if (attributes.length > 0) {
      changes.set(address, {
        address,
        kind: after.kind,
        type: after.type,
        action: attributes.some((c) => c.forcesReplacement) ? 'replace' : 'update',
        attributes,
      });
    }
  }

  const region = changes.get('provider.aws')?.attributes.find((c) => c.forcesReplacement);
  if (region) replaceEveryResource(a, b, changes, region);
  cascade(a, b, changes);
  return [...changes.values()].sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      (x.address < y.address ? -1 : x.address > y.address ? 1 : 0),
  );
}

function markReplacement(entry: Entry, change: AttributeChange): AttributeChange {
  const resource =
    entry.kind === 'resource'
      ? entry.type!
      : entry.kind === 'setting'
        ? `provider.${entry.name}`
        : '';
  const rule = resource
    ? replacingRule(resource, change.path, change.before, change.after)
    : undefined;
  if (!rule) return change;
  return {
    ...change,
    forcesReplacement: true,
    reason:
      rule.replaces === 'set-unset'
        ? `${schemaPath(change.path)} goes from unset to set or back`
        : `${schemaPath(change.path)} forces replacement`,
  };
}

/** A change of the provider's Region moves every regional resource: each is created anew in the new Region. */
function replaceEveryResource(
  a: Map<string, Entry>,
  b: Map<string, Entry>,
  changes: Map<string, EntryChange>,
  region: AttributeChange,
): void {
  for (const [address, entry] of b) {
    if (entry.kind !== 'resource' || !a.has(address)) continue;
    const existing = changes.get(address);
    const attributes = existing?.attributes ?? [];
    attributes.push({
      path: 'region',
      before: region.before,
      after: region.after,
      forcesReplacement: true,
      reason: "the provider's region changes",
    });
    changes.set(address, {
      address,
      kind: entry.kind,
      type: entry.type,
      action: 'replace',
      attributes: attributes.sort((x, y) => (x.path < y.path ? -1 : 1)),
    });
  }
}

/**
 * Follow references to replaced resources until nothing changes: a replacing
 * argument that refers to a replaced resource's id replaces its holder too;
 * any other argument that does so is merely unknown until apply.
 */
function cascade(
  a: Map<string, Entry>,
  b: Map<string, Entry>,
  changes: Map<string, EntryChange>,
): void {
  let grew = true;
  while (grew) {
    grew = false;
    const replaced = new Set(
      [...changes.values()].filter((c) => c.action === 'replace').map((c) => c.address),
    );
    for (const [address, entry] of b) {
      if (!a.has(address)) continue;
      const replacing = entry.kind === 'resource' ? replacingAttributes(entry.type!) : [];
      for (const [path, value] of leaves(entry.body)) {
        const current = changes.get(address);
        if (current?.action === 'replace') break;
        const target = referencesIn(value).find(
          (r) => replaced.has(r.address) && COMPUTED_ATTRIBUTES.has(r.attribute),
        );
        if (!target || current?.attributes.some((c) => c.path === path)) continue;
        const forces = replacing.some(
          (attribute) =>
            schemaPath(path) === attribute || schemaPath(path).startsWith(`${attribute}.`),
        );
        const change: AttributeChange = {
          path,
          before: value,
          after: value,
          ...(forces ? { forcesReplacement: true } : {}),
          reason: `${target.address} is replaced`,
        };
        const attributes = [...(current?.attributes ?? []), change].sort((x, y) =>
          x.path < y.path ? -1 : x.path > y.path ? 1 : 0,
        );
        changes.set(address, {
          address,
          kind: entry.kind,
          type: entry.type,
          action: forces ? 'replace' : (current?.action ?? 'update'),
          attributes,
        });
        if (forces) grew = true;
      }
    }
  }
}
