import { resolve } from 'node:path';
import type { Diagnostic } from '../../load/diagnostic';
import { fileOf, locate } from '../../load/source';
import type { Model } from '../../model/model';
import { modelsFromContents, StackInput } from '../../model/pipeline';
import { applyMoves } from './moves';
import { GitRepo } from './git';
import { acceptanceOf, Acceptance, parseAcceptances } from './accept';
import { modelBase } from './base-side';
import type { HazardCode } from './hazard-codes';
import { detectHazards } from './hazards';
import type { StackSide } from './stack-pair';
import { makePair, pairSides } from './stack-pairing';
import { sameState } from './state';
import { collectInputs, readHead } from './inputs';
import { diskReader } from '../../load/related';
import { byHazardPosition } from './report';
import type { DiffReport, ReportedHazard, StackReport } from './report';
import type { TerraformJson } from './terraform';
import { whatToCompile } from './what-to-compile';
import { maskUserinfo } from '../../validate/userinfo';

export type Synthesize = (models: Model[]) => Map<string, object>;

export interface DiffOptions {
  /** The git ref to compare against. */
  base: string;
  files: readonly string[];
  /** What the author accepts (`--accept CODE[=REASON]`), as given on the command line. */
  accept: readonly string[];
  cwd: string;
  /** The compile stage; loaded lazily by default so nothing loads CDKTF before it is needed. */
  synthesize?: Synthesize;
}

export type DiffOutcome =
  | { report: DiffReport; diagnostics: Diagnostic[] }
  | { report?: undefined; diagnostics: Diagnostic[] };

/**
 * Compare the configuration in the working tree with the same files at a git
 * ref: validate both sides, compare the models, synthesize in memory what
 * differs (what-to-compile.ts), compare entry by entry, then name the hazards. Throws UsageError for a bad ref, an unknown
 * `--accept` code or a missing file. Returns diagnostics instead of a report
 * when the head does not validate (there is nothing sound to compare). Base
 * files that do not validate (a change that fixes them) are not compared:
 * their errors are notes of the report, and the rest is compared.
 */
export function runDiff(options: DiffOptions): DiffOutcome {
  const acceptances = parseAcceptances(options.accept);
  const repo = GitRepo.open(options.cwd);
  const commit = repo.resolve(options.base);
  const inputs = collectInputs(options.files, options.cwd, repo, commit, options.base);

  const head = modelsFromContents(
    inputs.head.map((path) => ({
      path,
      bytes: readHead(options.cwd, path),
      related: diskReader(resolve(options.cwd, path)),
    })),
  );
  // The head's own errors are what the author must fix; the base's say nothing about them.
  if (!head.ok) return { diagnostics: head.diagnostics };
  const base = modelBase(inputs.base, options.base, repo, commit);

  // Pair the stacks on their models, then compare the models: compile only the
  // stacks, and within a stack only the pools, that differ (what-to-compile.ts).
  const sides = (stacks: readonly StackInput[]) =>
    stacks.map((input) => ({ model: input.model, file: input.model.file, input }));
  // A head file whose base does not validate: not an added stack, an uncompared one.
  const uncompared = (p: { base?: unknown; head?: { file: string } }) =>
    !p.base && p.head !== undefined && (base.problems?.files.includes(p.head.file) ?? false);
  const paired = pairSides(sides(base.stacks), sides(head.stacks)).map((p) => {
    const skipped = uncompared(p);
    // Nothing to compile for an uncompared stack.
    const plan = skipped
      ? ({ kind: 'unchanged' } as const)
      : whatToCompile(p.base?.model, p.head?.model);
    return { ...p, uncompared: skipped, plan };
  });
  const compiled = (which: 'base' | 'head') =>
    paired.flatMap((p) => (p.plan.kind === 'compile' && p.plan[which] ? [p.plan[which]] : []));
  const synthesize: Synthesize = (models) =>
    // Nothing to compile means CDKTF is never loaded.
    models.length ? (options.synthesize ?? loadCompiler())(models) : new Map<string, object>();
  // Head first (properties evaluate in order): a compile failure is then about the files being changed.
  const json = { head: synthesize(compiled('head')), base: synthesize(compiled('base')) };
  const side = (which: 'base' | 'head', pair: (typeof paired)[number]): StackSide | undefined => {
    const input = pair[which]?.input;
    if (!input) return undefined;
    // What was compiled (the pools that differ), so the hazards read the model the JSON came from.
    const model = pair.plan.kind === 'compile' ? (pair.plan[which] ?? input.model) : input.model;
    return {
      model,
      json: (json[which].get(model.stack) ?? {}) as TerraformJson,
      file: input.model.file,
      ...(which === 'head' ? { source: input.source } : {}),
    };
  };

  const stacks: StackReport[] = [];
  const hazards: ReportedHazard[] = [];
  for (const sidesOf of paired) {
    const { stack, plan } = sidesOf;
    const after = side('head', sidesOf);
    const unchanged = plan.kind === 'unchanged';
    if (sidesOf.uncompared && after) {
      stacks.push({ stack, file: after.file, status: 'uncompared', changes: [] });
      continue;
    }
    const beforeMoves = side('base', sidesOf);
    // Keys renamed with `renamedFrom`: the base as Terraform sees it after the `moved` blocks (moves.ts).
    const moved = beforeMoves && after && !unchanged ? applyMoves(beforeMoves, after) : undefined;
    const pair = makePair(moved?.base ?? beforeMoves, after);
    const { base: before, changes } = pair;
    stacks.push({
      stack,
      ...(after ? { file: after.file } : {}),
      ...(before ? { baseFile: before.file } : {}),
      ...(before && after && before.model.stack !== after.model.stack
        ? { renamedFrom: before.model.stack }
        : {}),
      ...(before && after && !sameState(before.model, after.model) ? { newState: true } : {}),
      status: !before
        ? 'added'
        : !after
          ? 'removed'
          : changes.length > 0 || (moved?.moves.length ?? 0) > 0
            ? 'changed'
            : 'unchanged',
      changes,
      ...(moved && moved.moves.length > 0 ? { moves: moved.moves } : {}),
      ...(moved && moved.notes.length > 0 ? { notes: moved.notes } : {}),
    });
    // Equal models: nothing changes, so nothing is hazardous.
    for (const hazard of unchanged ? [] : detectHazards(pair)) {
      const span = after?.source ? locate(after.source, hazard.path, hazard.target) : undefined;
      hazards.push({
        ...hazard,
        // Messages quote the user's values (a state's key, a name): a URL's userinfo in them is never shown.
        subject: maskUserinfo(hazard.subject),
        message: maskUserinfo(hazard.message),
        hint: maskUserinfo(hazard.hint),
        // The file that wrote the value: the definition, an environment's overlay, or a tenant file.
        ...(after?.source ? { file: fileOf(after.source, hazard.path) } : {}),
        ...accepting(acceptances, hazard.code),
        line: span?.start.line ?? 1,
        col: span?.start.col ?? 1,
        ...(span ? { end: span.end } : {}),
      });
    }
  }
  hazards.sort(byHazardPosition);
  return {
    report: {
      ref: options.base,
      commit,
      stacks,
      hazards,
      ...(base.problems ? { baseProblems: base.problems } : {}),
    },
    diagnostics: head.diagnostics,
  };
}

/** The compile stage, required only now: `validate` and the rest of the CLI never load CDKTF. */
function loadCompiler(): Synthesize {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../compile') as { synthesizeModels: Synthesize }).synthesizeModels;
}

function accepting(
  acceptances: readonly Acceptance[],
  code: HazardCode,
): { accepted: boolean; acceptReason?: string } {
  const acceptance = acceptanceOf(acceptances, code);
  return {
    accepted: acceptance !== undefined,
    ...(acceptance?.reason ? { acceptReason: acceptance.reason } : {}),
  };
}
