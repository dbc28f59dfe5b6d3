import type { NodePath } from '../../../load/diagnostic';
import { address, KIND, resourceAddress } from '../../../model/addresses';
import type { IdentityProvider, Pool } from '../../../model/model';
import { providerType } from '../../../model/providers';
import { AttributeChange, showValue } from '../attributes';
import type { EntryChange } from '../compare';
import type { StackPair, StackSide } from '../stack-pair';

/**
 * The facts several hazards share, worked out once per stack: which pools
 * survive, were renamed or removed, which are replaced, which providers were
 * renamed. Each hazard file reads what it needs from here.
 */
export interface HazardContext {
  pair: StackPair;
  base: StackSide;
  /** Absent when the stack is removed. */
  head?: StackSide;
  changes: ReadonlyMap<string, EntryChange>;
  /** Pools whose key changed (same AWS name, domain, or the only candidates): destroyed and created. */
  renamedPools: ReadonlyArray<readonly [Pool, Pool]>;
  /** Pools gone from the head that were not renamed. */
  removedPools: readonly Pool[];
  /** Pools on both sides that Terraform replaces or destroys, with the change that forces it. */
  replacedPools: ReadonlyArray<{ before: Pool; after: Pool; change: EntryChange }>;
  /** Pools on both sides that survive the change: the hazards inside a pool look only at these. */
  survivingPools: ReadonlyArray<{ before: Pool; after: Pool }>;
  /** Per surviving pool id: providers renamed (old → new), by the type's own notion of identity. */
  providerRenames: ReadonlyMap<string, ReadonlyMap<IdentityProvider, IdentityProvider>>;
}

export function hazardContext(pair: StackPair & { base: StackSide }): HazardContext {
  const { base, head } = pair;
  const changes = new Map(pair.changes.map((c) => [c.address, c]));
  const basePools = byKey(base.model.pools, (p) => p.id);
  const headPools = byKey(head?.model.pools ?? [], (p) => p.id);
  const removed = head ? base.model.pools.filter((p) => !headPools.has(p.id)) : [];
  const added = head ? head.model.pools.filter((p) => !basePools.has(p.id)) : [];
  const renamedPools = pairRenamedPools(removed, added);
  const replacedPools: Array<{ before: Pool; after: Pool; change: EntryChange }> = [];
  const survivingPools: Array<{ before: Pool; after: Pool }> = [];
  for (const after of head?.model.pools ?? []) {
    const before = basePools.get(after.id);
    if (!before) continue;
    const change = changes.get(resourceAddress(KIND.userPool, address.pool(after)));
    if (change?.action === 'replace' || change?.action === 'destroy')
      replacedPools.push({ before, after, change });
    else survivingPools.push({ before, after });
  }
  return {
    pair,
    base,
    ...(head ? { head } : {}),
    changes,
    renamedPools,
    removedPools: removed.filter((p) => !renamedPools.some(([b]) => b === p)),
    replacedPools,
    survivingPools,
    providerRenames: new Map(
      survivingPools.map(({ before, after }) => [after.id, providerRenames(before, after)]),
    ),
  };
}

/** Which removed provider became which added one: same type, and the same IdP application by the type's rule. */
function providerRenames(before: Pool, after: Pool): Map<IdentityProvider, IdentityProvider> {
  const headNames = new Set(after.providers.map((p) => p.name));
  const baseNames = new Set(before.providers.map((p) => p.name));
  const gone = before.providers.filter((p) => !headNames.has(p.name));
  const fresh = after.providers.filter((p) => !baseNames.has(p.name));
  const renames = new Map<IdentityProvider, IdentityProvider>();
  for (const old of gone) {
    const match = fresh.find(
      (p) =>
        p.type === old.type &&
        providerType(old).sameIdentity(old, p) &&
        ![...renames.values()].includes(p),
    );
    if (match) renames.set(old, match);
  }
  return renames;
}

/**
 * Which removed pool became which added pool: same AWS name, else same
 * domain, else the only one of each. A pair is a rename (destroy + create).
 */
function pairRenamedPools(removed: readonly Pool[], added: readonly Pool[]): Array<[Pool, Pool]> {
  const pairs: Array<[Pool, Pool]> = [];
  const left = [...removed];
  const right = [...added];
  const take = (match: (a: Pool, b: Pool) => boolean) => {
    for (const a of [...left]) {
      const b = right.find((candidate) => match(a, candidate));
      if (!b) continue;
      pairs.push([a, b]);
      left.splice(left.indexOf(a), 1);
      right.splice(right.indexOf(b), 1);
    }
  };
  take((a, b) => a.name === b.name);
  take((a, b) => a.domain !== undefined && a.domain.host === b.domain?.host);
  if (left.length === 1 && right.length === 1) pairs.push([left[0], right[0]]);
  return pairs;
}

/** A path inside a pool of the head file. */
export function inPool(pool: Pool, ...path: Array<string | number>): NodePath {
  return ['userPools', pool.id, ...path];
}

/** The change of one resource, by its kind and logical id. */
export function changeOf(
  context: HazardContext,
  kind: (typeof KIND)[keyof typeof KIND],
  logicalId: string,
): EntryChange | undefined {
  return context.changes.get(resourceAddress(kind, logicalId));
}

export function protectionNote(pool: Pool): string {
  return pool.deletionProtection
    ? " (deletion protection is on: Terraform's prevent_destroy and AWS both refuse to delete the pool until a change that only sets deletionProtection: false has been applied)"
    : '';
}

export function describeChange(change: AttributeChange): string {
  if (
    change.before !== undefined &&
    change.after !== undefined &&
    JSON.stringify(change.before) === JSON.stringify(change.after)
  ) {
    return `${change.path} ${change.reason ?? 'is known only after apply'}`;
  }
  return `${change.path} ${showValue(change.path, change.before)} → ${showValue(change.path, change.after)}`;
}

export function forcing(change: EntryChange): AttributeChange[] {
  return change.attributes.filter((c) => c.forcesReplacement);
}

export function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}
