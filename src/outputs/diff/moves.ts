import { movedBlocks } from '../../compile/moved';
import type { Client, Model, Pool, ResourceServer } from '../../model/model';
import type { StackSide } from './stack-pair';
import { isObject, TerraformJson } from './terraform';

/** A key renamed with `renamedFrom`, as diff reports it. */
export interface Move {
  /** `pool`, `client` or `resource server`, and its old and new keys (`customers` → `users`; a client as `pool/client`). */
  kind: 'pool' | 'client' | 'resource server';
  from: string;
  to: string;
  /** The Terraform addresses the `moved` blocks carry. */
  addresses: Array<{ from: string; to: string }>;
}

export interface MoveOutcome {
  /** The base as Terraform will see it once the `moved` blocks run: old keys and addresses renamed to the new. */
  base: StackSide;
  moves: Move[];
  /** What the author should know: `renamedFrom` that can go, a pool name that changes with its key. */
  notes: string[];
}

/**
 * A rename with `renamedFrom` compiles to `moved` blocks (src/compile/moved.ts):
 * Terraform moves the state, then plans the resources at their new
 * addresses. So the base is compared as if it had the new keys already: a
 * renamed pool is an update (its default name, perhaps), never a destroy
 * and create, and no pool-replaced hazard is raised.
 */
export function applyMoves(base: StackSide, head: StackSide): MoveOutcome {
  const moves: Move[] = [];
  const notes: string[] = [];
  const blocks = movedBlocks(head.model).filter(
    (b) => hasResource(base.json, b.from) && !hasResource(base.json, b.to),
  );
  const basePools = new Map(base.model.pools.map((p) => [p.id, p]));
  const pools: Pool[] = base.model.pools.map((pool) => {
    const renamed = head.model.pools.find((p) => p.renamedFrom === pool.id && !basePools.has(p.id));
    const after = renamed ? { ...pool, id: renamed.id } : pool;
    const headPool = head.model.pools.find((p) => p.id === after.id);
    if (renamed) {
      moves.push({
        kind: 'pool',
        from: pool.id,
        to: renamed.id,
        addresses: blocks.filter((b) => b.to.split('.')[1].split('__')[0] === renamed.id),
      });
      if (pool.name !== renamed.name) {
        notes.push(
          `pool ${renamed.id}: its AWS name changes from ${pool.name} to ${renamed.name} (the default name is <stack>-<id>); hashicorp/aws 6.6.0 and later update it in place, earlier versions replace the pool; set \`name: ${pool.name}\` to keep it`,
        );
      }
    }
    if (!headPool) return after;
    return {
      ...after,
      clients: renameMembers(after.clients, headPool.clients, after.id, 'client', blocks, moves),
      resourceServers: renameMembers(
        after.resourceServers,
        headPool.resourceServers,
        after.id,
        'resource server',
        blocks,
        moves,
      ),
    };
  });
  for (const pool of head.model.pools) {
    const settled = (
      kind: string,
      key: string,
      old: string | undefined,
      has: (k: string) => boolean,
    ) => {
      if (old !== undefined && has(key) && !has(old))
        notes.push(
          `${kind} ${key}: the base already has the new key, so \`renamedFrom: ${old}\` can be removed once this change is applied in every stack that uses the file`,
        );
    };
    const basePool = basePools.get(pool.id);
    settled('pool', pool.id, pool.renamedFrom, (k) => basePools.has(k));
    if (!basePool) continue;
    for (const c of pool.clients)
      settled('client', `${pool.id}/${c.id}`, c.renamedFrom && `${pool.id}/${c.renamedFrom}`, (k) =>
        basePool.clients.some((b) => `${pool.id}/${b.id}` === k),
      );
    for (const s of pool.resourceServers)
      settled(
        'resource server',
        `${pool.id}/${s.id}`,
        s.renamedFrom && `${pool.id}/${s.renamedFrom}`,
        (k) => basePool.resourceServers.some((b) => `${pool.id}/${b.id}` === k),
      );
  }
  if (blocks.length === 0 && moves.length === 0) return { base, moves, notes };
  const model: Model = { ...base.model, pools };
  return { base: { ...base, model, json: moveAddresses(base.json, blocks) }, moves, notes };
}

function renameMembers<T extends Client | ResourceServer>(
  members: readonly T[],
  headMembers: readonly T[],
  poolId: string,
  kind: 'client' | 'resource server',
  blocks: ReadonlyArray<{ from: string; to: string }>,
  moves: Move[],
): T[] {
  const ids = new Set(members.map((m) => m.id));
  return members.map((member) => {
    const renamed = headMembers.find((m) => m.renamedFrom === member.id && !ids.has(m.id));
    if (!renamed) return member;
    const suffix = `.${poolId}__${renamed.id}`;
    moves.push({
      kind,
      from: `${poolId}/${member.id}`,
      to: `${poolId}/${renamed.id}`,
      addresses: blocks.filter((b) => b.to.endsWith(suffix)),
    });
    return { ...member, id: renamed.id };
  });
}

function hasResource(json: TerraformJson, address: string): boolean {
  const [type, name] = address.split('.');
  const blocks = (json as { resource?: Record<string, Record<string, unknown>> }).resource?.[type];
  return isObject(blocks) && name in blocks;
}

/** The base's JSON with each moved resource under its new name, and every reference to it rewritten. */
function moveAddresses(
  json: TerraformJson,
  blocks: ReadonlyArray<{ from: string; to: string }>,
): TerraformJson {
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') {
      let out = value;
      for (const { from, to } of blocks)
        out = out === from ? to : out.split(`${from}.`).join(`${to}.`);
      return out;
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (isObject(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
    return value;
  };
  const out = rewrite(json) as Record<string, unknown>;
  const resources = out.resource as Record<string, Record<string, unknown>> | undefined;
  for (const { from, to } of blocks) {
    const [type, oldName] = from.split('.');
    const newName = to.split('.')[1];
    const byType = resources?.[type];
    if (!byType || !(oldName in byType)) continue;
    byType[newName] = byType[oldName];
    delete byType[oldName];
  }
  return out as TerraformJson;
}
