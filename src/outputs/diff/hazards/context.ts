import type { NodePath } from '../../../load/diagnostic';
import { address, KIND, resourceAddress } from '../../../model/addresses';
import type { IdentityProvider, Pool, ResourceServer } from '../../../model/model';
import { providerType } from '../../../model/providers';
import { AttributeChange, showValue } from '../attributes';
import type { EntryChange } from '../compare';
import type { StackPair, StackSide } from '../stack-pair';
import { sameState } from '../state';

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
  /** Pools on both sides that survive the change: the hazards about what lives in a pool (users' links, custom attributes, client ids) look only at these. */
  survivingPools: ReadonlyArray<{ before: Pool; after: Pool }>;
  /**
   * Every base pool with a counterpart in the head: surviving, replaced, or
   * under a renamed key (pool-replaced reports the last two). The hazards
   * that stay true when the pool is created again look at these: a removed
   * client, removed identifiers, renamed or removed scopes, what the IdPs
   * registered. The rest would be noise (users' links and custom attributes
   * go with the deleted pool, and pool-replaced names the clients that get
   * new ids), so they read `survivingPools`.
   */
  pairedPools: ReadonlyArray<PoolPair>;
  /**
   * Pools on both sides that switch between managed and attached by id
   * (`existingPool`), or are attached to another pool: neither replaced nor
   * surviving, each judged by pool-released or existing-pool-replaced alone.
   */
  switchedPools: ReadonlyArray<{ before: Pool; after: Pool }>;
  /** Per paired pool id (the head's): providers renamed (old → new), by the type's own notion of identity. */
  providerRenames: ReadonlyMap<string, ReadonlyMap<IdentityProvider, IdentityProvider>>;
  /**
   * The head's state is another than the base's (state.ts): Terraform starts
   * from an empty state and leaves the base's resources where they are. Then
   * no base pool is renamed, removed, replaced or kept in the new state, so
   * every pool list above is empty and backend-changed alone speaks.
   */
  stateMoved: boolean;
}

export interface PoolPair {
  before: Pool;
  after: Pool;
  fate: 'survives' | 'replaced' | 'renamed';
}

export function hazardContext(pair: StackPair & { base: StackSide }): HazardContext {
  const { base, head } = pair;
  const changes = new Map(pair.changes.map((c) => [c.address, c]));
  if (head && !sameState(base.model, head.model)) {
    return {
      pair,
      base,
      head,
      changes,
      renamedPools: [],
      removedPools: [],
      replacedPools: [],
      survivingPools: [],
      pairedPools: [],
      switchedPools: [],
      providerRenames: new Map(),
      stateMoved: true,
    };
  }
  const basePools = byKey(base.model.pools, (p) => p.id);
  const headPools = byKey(head?.model.pools ?? [], (p) => p.id);
  const removed = head ? base.model.pools.filter((p) => !headPools.has(p.id)) : [];
  const added = head ? head.model.pools.filter((p) => !basePools.has(p.id)) : [];
  // Only pools the stack manages are destroyed and created by a rename; an existing pool stays (existing-pool-detached).
  const renamedPools = pairRenamedPools(
    removed.filter((p) => !p.existing),
    added.filter((p) => !p.existing),
  );
  const replacedPools: Array<{ before: Pool; after: Pool; change: EntryChange }> = [];
  const survivingPools: Array<{ before: Pool; after: Pool }> = [];
  const switchedPools: Array<{ before: Pool; after: Pool }> = [];
  for (const after of head?.model.pools ?? []) {
    const before = basePools.get(after.id);
    if (!before) continue;
    if (before.existing?.id !== after.existing?.id) {
      switchedPools.push({ before, after });
      continue;
    }
    const change = changes.get(resourceAddress(KIND.userPool, address.pool(after)));
    if (change?.action === 'replace' || change?.action === 'destroy')
      replacedPools.push({ before, after, change });
    else survivingPools.push({ before, after });
  }
  const pairedPools: PoolPair[] = [
    ...survivingPools.map((p) => ({ ...p, fate: 'survives' as const })),
    ...replacedPools.map(({ before, after }) => ({ before, after, fate: 'replaced' as const })),
    ...renamedPools.map(([before, after]) => ({ before, after, fate: 'renamed' as const })),
  ];
  return {
    pair,
    base,
    ...(head ? { head } : {}),
    changes,
    renamedPools,
    removedPools: removed.filter((p) => !renamedPools.some(([b]) => b === p)),
    replacedPools,
    survivingPools,
    pairedPools,
    switchedPools,
    providerRenames: new Map(
      pairedPools.map(({ before, after }) => [after.id, providerRenames(before, after)]),
    ),
    stateMoved: false,
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
 * Resource servers whose key was renamed (old → new): a key gone from the
 * pool and a new key with the same identifier, which is the server's
 * identity in AWS (its id is `<user pool id>|<identifier>`).
 */
export function resourceServerRenames(
  before: Pool,
  after: Pool,
): Map<ResourceServer, ResourceServer> {
  const renames = new Map<ResourceServer, ResourceServer>();
  const gone = before.resourceServers.filter(
    (old) => !after.resourceServers.some((rs) => rs.id === old.id),
  );
  const fresh = after.resourceServers.filter(
    (rs) => !before.resourceServers.some((old) => old.id === rs.id),
  );
  for (const old of gone) {
    const match = fresh.find((rs) => rs.identifier === old.identifier);
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
