import { loadBytes } from '../../load/load';

interface FileBytes {
  path: string;
  bytes: Buffer;
}

/** What one file says about the stacks it feeds: the stacks it defines, or the stack a tenant file joins. */
interface Reach {
  tenant: boolean;
  stacks: string[];
}

/**
 * The files worth assembling for `affected`, on each side. A file whose bytes
 * are the same on both sides changes nothing by itself; the stacks that can
 * change are those a changed file defines or joins, on either side (a
 * tenant moved from one stack to another touches both). Those stacks are
 * then assembled from their definitions and every tenant file that joins
 * them, and compared model against model; no other file is validated. Files
 * that do not parse are kept, so their findings are reported.
 */
export function narrow(
  head: readonly FileBytes[],
  base: readonly FileBytes[],
): { head: FileBytes[]; base: FileBytes[]; candidates: Set<string> } {
  const before = new Map(base.map((f) => [f.path, f.bytes]));
  const after = new Map(head.map((f) => [f.path, f.bytes]));
  const reachOf = memoReach();
  const candidates = new Set<string>();
  let unreadable = false;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(path);
    const b = after.get(path);
    if (a && b && a.equals(b)) continue;
    for (const bytes of [a, b]) {
      if (!bytes) continue;
      const reach = reachOf(path, bytes);
      if (!reach) unreadable = true;
      else for (const stack of reach.stacks) candidates.add(stack);
    }
  }
  const select = (files: readonly FileBytes[]) =>
    files.filter((f) => {
      const reach = reachOf(f.path, f.bytes);
      return !reach || reach.stacks.some((s) => candidates.has(s));
    });
  if (unreadable) {
    // A changed file that does not parse: assemble everything; its findings stop the comparison anyway.
    for (const f of [...head, ...base])
      for (const s of reachOf(f.path, f.bytes)?.stacks ?? []) candidates.add(s);
    return { head: [...head], base: [...base], candidates };
  }
  return { head: select(head), base: select(base), candidates };
}

/** Each distinct file (path and bytes) parsed once: an unchanged file is on both sides. */
function memoReach(): (path: string, bytes: Buffer) => Reach | undefined {
  const cache = new Map<string, Reach | undefined>();
  return (path, bytes) => {
    const key = `${path}\u0000${bytes.toString('latin1')}`;
    if (!cache.has(key)) cache.set(key, reach(loadBytes(path, bytes).source?.value));
    return cache.get(key);
  };
}

function reach(value: unknown): Reach | undefined {
  let out: Reach | undefined;
  if (isMapping(value)) {
    if ('tenant' in value) {
      const joins = value.joins;
      out = {
        tenant: true,
        stacks: isMapping(joins) && typeof joins.stack === 'string' ? [joins.stack] : [],
      };
    } else {
      const stacks = typeof value.stack === 'string' ? [value.stack] : [];
      if (isMapping(value.environments)) {
        stacks.length = 0;
        for (const env of Object.values(value.environments))
          if (isMapping(env) && typeof env.stack === 'string') stacks.push(env.stack);
      }
      out = { tenant: false, stacks };
    }
  }
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
