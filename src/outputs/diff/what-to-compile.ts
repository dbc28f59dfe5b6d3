import { isDeepStrictEqual } from 'node:util';
import type { Model, Pool } from '../../model/model';

/**
 * What a stack's comparison needs compiled, decided on the models before
 * any CDKTF runs: synthesizing both sides whole took 10 s and 390 MB for a
 * one-line change in a 50-pool file.
 *
 * - The models are equal: compile nothing. Compile is a pure function of the
 *   model (the normalized model is plain, sorted data), so equal models give
 *   equal JSON, and nothing changes.
 * - Only pools differ, and everything else in the stack (Region, tags,
 *   provider version, backend, name, file) is equal: compile, on each side,
 *   the stack with only the pools that differ (changed, added or removed).
 *   A pool's resources, data sources and output depend only on its own
 *   model and its YAML keys (src/model/addresses.ts), so they are the same
 *   bytes whichever other pools are present. The one stack-wide entry pools
 *   share is a `{ variable: name }` secret, whose declaration lists every
 *   use: an unchanged pool that uses a variable a changed pool uses (on
 *   either side) is compiled too, so the variable is compared whole.
 * - Anything else differs (or the stack exists on one side only): compile it
 *   whole. A Region change replaces every resource; a backend or provider
 *   change is stack-wide.
 */
export type CompilePlan =
  { kind: 'unchanged' } | { kind: 'compile'; base?: Model; head?: Model; pruned: boolean };

export function whatToCompile(base: Model | undefined, head: Model | undefined): CompilePlan {
  if (!base || !head)
    return { kind: 'compile', ...(base ? { base } : {}), ...(head ? { head } : {}), pruned: false };
  const pools = differingPools(base, head);
  if (pools === 'unchanged') return { kind: 'unchanged' };
  if (pools === 'stack') return { kind: 'compile', base, head, pruned: false };

  const before = new Map(base.pools.map((p) => [p.id, p]));
  const after = new Map(head.pools.map((p) => [p.id, p]));
  const changed = new Set([...pools.changed, ...pools.added, ...pools.removed]);
  const shared = new Set(
    [...changed].flatMap((id) => [...variablesOf(before.get(id)), ...variablesOf(after.get(id))]),
  );
  // Unchanged pools are the same on both sides: one look at the head's decides for both.
  const keep = new Set([
    ...changed,
    ...head.pools
      .filter((p) => !changed.has(p.id) && [...variablesOf(p)].some((v) => shared.has(v)))
      .map((p) => p.id),
  ]);
  return {
    kind: 'compile',
    base: { ...base, pools: base.pools.filter((p) => keep.has(p.id)) },
    head: { ...head, pools: head.pools.filter((p) => keep.has(p.id)) },
    pruned: keep.size < new Set([...before.keys(), ...after.keys()]).size,
  };
}

/**
 * How two models of one stack differ: not at all; in a stack-wide setting
 * (anything but the pools: Region, tags, provider version, backend, file);
 * or only in pools, by id: changed on both sides, added, removed.
 */
export function differingPools(
  base: Model,
  head: Model,
): 'unchanged' | 'stack' | { changed: Set<string>; added: Set<string>; removed: Set<string> } {
  if (isDeepStrictEqual(base, head)) return 'unchanged';
  const { pools: basePools, ...baseStack } = base;
  const { pools: headPools, ...headStack } = head;
  if (!isDeepStrictEqual(baseStack, headStack)) return 'stack';
  const before = new Map(basePools.map((p) => [p.id, p]));
  const after = new Map(headPools.map((p) => [p.id, p]));
  const result = {
    changed: new Set<string>(),
    added: new Set<string>(),
    removed: new Set<string>(),
  };
  for (const [id, pool] of after) {
    const old = before.get(id);
    if (!old) result.added.add(id);
    else if (!isDeepStrictEqual(old, pool)) result.changed.add(id);
  }
  for (const id of before.keys()) if (!after.has(id)) result.removed.add(id);
  return result;
}

/**
 * The Terraform variables a pool's secrets name: every `{ variable: name }`
 * reference anywhere in the pool (a client secret today; any secret a
 * provider type adds later has the same shape, src/validate/config.ts).
 */
export function variablesOf(pool: Pool | undefined): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === 'variable' && typeof record.variable === 'string')
        found.add(record.variable);
      else Object.values(record).forEach(visit);
    }
  };
  visit(pool);
  return found;
}
