import type { Model } from '../../model/model';
import { differingPools } from '../diff/what-to-compile';

/**
 * What `cogfed review --base REF` shows: only the stacks and pools a change
 * touches, decided on the models (as `cogfed diff` decides what to compile).
 * A stack that is new, or whose stack-wide settings (Region, tags, backend,
 * provider version) changed, is shown whole; otherwise only its pools that
 * changed or were added, and a line for each removed pool.
 */
export interface ReviewScope {
  ref: string;
  commit: string;
  stacks: Map<string, 'all' | { pools: Set<string>; removedPools: string[] }>;
  /** Stacks at the base that no file holds now. */
  removedStacks: string[];
}

export function reviewScope(
  base: readonly Model[],
  head: readonly Model[],
  ref: string,
  commit: string,
): ReviewScope {
  const before = new Map(base.map((m) => [m.stack, m]));
  const stacks: ReviewScope['stacks'] = new Map();
  for (const model of head) {
    const old = before.get(model.stack);
    if (!old) {
      stacks.set(model.stack, 'all');
      continue;
    }
    const pools = differingPools(old, model);
    if (pools === 'stack') stacks.set(model.stack, 'all');
    else if (pools !== 'unchanged') {
      stacks.set(model.stack, {
        pools: new Set([...pools.changed, ...pools.added]),
        removedPools: [...pools.removed].sort(),
      });
    }
  }
  const now = new Set(head.map((m) => m.stack));
  return {
    ref,
    commit,
    stacks,
    removedStacks: base
      .map((m) => m.stack)
      .filter((s) => !now.has(s))
      .sort(),
  };
}
