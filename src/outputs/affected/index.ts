import type { Diagnostic } from '../../load/diagnostic';
import { modelsFromContents, StackInput } from '../../model/pipeline';
import { GitRepo } from '../diff/git';
import { collectInputs, readHead } from '../diff/inputs';
import { narrow } from './narrow';

export type StackChange = 'added' | 'changed' | 'removed';

/** One stack a change touches: what a CI matrix runs a plan (and apply) for. */
export interface AffectedStack {
  stack: string;
  /** The file the stack is defined in (at the head; at the base for a removed stack). */
  file: string;
  change: StackChange;
}

export interface AffectedOptions {
  base: string;
  files: readonly string[];
  cwd: string;
}

export type AffectedOutcome =
  | { ok: true; stacks: AffectedStack[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The stacks a change touches, against the same files at a git ref. Each
 * side is assembled into models (definition, environment, tenant files), and
 * a stack is affected when its model differs: a changed definition touches
 * every environment that sees the change, a tenant file the one stack it
 * joins, a new file the stacks it adds. Comparing models rather than files
 * means a comment or a reordering touches nothing, as it changes no
 * resource. cogfed only says what to run; Terraform (each stack's own state
 * and lock) and the CI runners do the rest, in parallel.
 */
export function runAffected(options: AffectedOptions): AffectedOutcome {
  const repo = GitRepo.open(options.cwd);
  const commit = repo.resolve(options.base);
  const inputs = collectInputs(options.files, options.cwd, repo, commit, options.base);
  const headFiles = inputs.head.map((path) => ({ path, bytes: readHead(options.cwd, path) }));
  // Only the stacks a changed file can reach are assembled and compared (narrow.ts): a one-tenant
  // change costs the same in an estate of ten stacks or of six hundred.
  const { head: headSubset, base: baseSubset, candidates } = narrow(headFiles, inputs.base);
  if (candidates.size === 0) return { ok: true, stacks: [], diagnostics: [] };
  const head = modelsFromContents(headSubset);
  const base = modelsFromContents(
    baseSubset.map((f) => ({
      path: `${options.base}:${f.path}`,
      bytes: f.bytes,
      modelPath: f.path,
    })),
  );
  if (!head.ok || !base.ok)
    return { ok: false, diagnostics: [...(base.ok ? [] : base.diagnostics), ...head.diagnostics] };
  const only = (stacks: readonly StackInput[]) =>
    stacks.filter((s) => candidates.has(s.model.stack));
  return {
    ok: true,
    stacks: affectedStacks(only(base.stacks), only(head.stacks)),
    diagnostics: head.diagnostics,
  };
}

/** Compare two sides stack by stack; sorted by stack name. */
export function affectedStacks(
  base: readonly StackInput[],
  head: readonly StackInput[],
): AffectedStack[] {
  const before = new Map(base.map((s) => [s.model.stack, s]));
  const after = new Map(head.map((s) => [s.model.stack, s]));
  const out: AffectedStack[] = [];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(name);
    const b = after.get(name);
    if (!a) out.push({ stack: name, file: b!.model.file, change: 'added' });
    else if (!b) out.push({ stack: name, file: a.model.file, change: 'removed' });
    // Models are sorted and hold no positions: equal JSON is the same stack (the file's name is not compared).
    else if (JSON.stringify({ ...a.model, file: '' }) !== JSON.stringify({ ...b.model, file: '' }))
      out.push({ stack: name, file: b.model.file, change: 'changed' });
  }
  return out;
}

/** `{ "stacks": [...] }`: what `fromJSON` in a workflow turns into a job matrix (`matrix.include`). */
export function renderAffectedJson(stacks: readonly AffectedStack[]): string {
  return `${JSON.stringify({ stacks }, null, 2)}\n`;
}

/** One stack name a line, for shell loops. */
export function renderAffectedList(stacks: readonly AffectedStack[]): string {
  return stacks.map((s) => `${s.stack}\n`).join('');
}
