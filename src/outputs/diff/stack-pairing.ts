import { compareStacks, EntryChange } from './compare';
import type { StackPair, StackSide } from './stack-pair';
import { sameState } from './state';
import type { Model } from '../../model/model';

/**
 * Which stack of the base became which stack of the head. A stack is its
 * state (state.ts), so the same state pairs first, under the same name or a
 * new one (a `stack:` renamed while `backend.s3.key` is pinned is the same
 * stack, not a new one). Then a state that moved: the same name with another
 * backend, or the same file under a new name whose state follows the name
 * (local state, the default S3 key); both start from an empty state, the one
 * hazard backend-changed. What is left was removed or added.
 */
/** A side as pairing needs it: its model and its file (no Terraform JSON yet). */
export interface Pairable {
  model: Model;
  file: string;
}

/**
 * The pairing of pairStacks on models alone, so diff can decide what to
 * compile for each pair before any CDKTF runs (what-to-compile.ts). Sorted by
 * the name the pair goes by (the head's), a removed stack before an added one
 * of the same name.
 */
export function pairSides<T extends Pairable>(
  bases: readonly T[],
  heads: readonly T[],
): Array<{ stack: string; base?: T; head?: T }> {
  const left = [...bases];
  const right = [...heads];
  const pairs: Array<{ stack: string; base?: T; head?: T }> = [];
  const pair = (base: T | undefined, head: T | undefined) =>
    pairs.push({ stack: (head ?? base)!.model.stack, base, head });
  const take = (match: (base: T, head: T) => boolean) => {
    for (const base of [...left]) {
      const head = right.find((candidate) => match(base, candidate));
      if (!head) continue;
      pair(base, head);
      left.splice(left.indexOf(base), 1);
      right.splice(right.indexOf(head), 1);
    }
  };
  take((b, h) => b.model.stack === h.model.stack && sameState(b.model, h.model));
  take((b, h) => sameState(b.model, h.model));
  take((b, h) => b.model.stack === h.model.stack);
  take((b, h) => b.file === h.file);
  for (const base of left) pair(base, undefined);
  for (const head of right) pair(undefined, head);
  return pairs.sort((x, y) =>
    x.stack < y.stack ? -1 : x.stack > y.stack ? 1 : (x.head ? 1 : 0) - (y.head ? 1 : 0),
  );
}

/** One stack's two sides and what the head does to the base; named by the head (the base for a removed stack). */
export function makePair(base: StackSide | undefined, head: StackSide | undefined): StackPair {
  const moved = base !== undefined && head !== undefined && !sameState(base.model, head.model);
  return {
    stack: (head ?? base)!.model.stack,
    base,
    head,
    changes: moved ? newStateChanges(base.json, head.json) : compareStacks(base?.json, head?.json),
  };
}

/**
 * What Terraform plans for a stack whose state moved: the new state is
 * empty, so every resource of the head is created; the base's resources stay
 * in the old state, which no plan reads any more (they are not destroyed).
 * The settings are still compared, so the backend change itself shows.
 */
function newStateChanges(
  base: Record<string, unknown>,
  head: Record<string, unknown>,
): EntryChange[] {
  return [
    ...compareStacks(undefined, head),
    ...compareStacks(base, head).filter((c) => c.kind === 'setting'),
  ];
}
