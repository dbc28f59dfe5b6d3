import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../load/files';
import type { Diagnostic } from '../../load/diagnostic';
import { locate } from '../../load/source';
import type { Model } from '../../model/model';
import { modelsFromContents, PipelineResult, StackInput } from '../../model/pipeline';
import { compareStacks } from './compare';
import { GitRepo } from './git';
import { acceptanceOf, Acceptance, parseAcceptances } from './accept';
import type { HazardCode } from './hazard-codes';
import { detectHazards } from './hazards';
import type { StackPair, StackSide } from './stack-pair';
import { BaseFile, collectInputs } from './inputs';
import type { DiffReport, ReportedHazard, StackReport } from './report';
import type { TerraformJson } from './terraform';
import { CompilePlan, whatToCompile } from './what-to-compile';

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
 * when either side does not validate (there is nothing sound to compare).
 */
export function runDiff(options: DiffOptions): DiffOutcome {
  const acceptances = parseAcceptances(options.accept);
  const repo = GitRepo.open(options.cwd);
  const commit = repo.resolve(options.base);
  const inputs = collectInputs(options.files, options.cwd, repo, commit, options.base);

  const headBytes = new Map(inputs.head.map((path) => [path, readHead(options.cwd, path)]));
  const head = modelsFromContents([...headBytes].map(([path, bytes]) => ({ path, bytes })));
  const base = baseModels(inputs.base, head, headBytes, options.base);
  // The base's warnings are not this change's business; its errors stop the comparison.
  if (!head.ok || !base.ok)
    return { diagnostics: [...(base.ok ? [] : base.diagnostics), ...head.diagnostics] };

  // Compare the models first; compile only the stacks, and within a stack only the pools, that differ (what-to-compile.ts).
  const plans = comparePlans(base.stacks, head.stacks);
  const synthesize: Synthesize = (models) => (options.synthesize ?? loadCompiler())(models);
  const side = (
    stacks: readonly StackInput[],
    which: 'base' | 'head',
    withSource: boolean,
  ): Map<string, StackSide> => {
    const compiled = stacks.flatMap(({ model }) => {
      const plan = plans.get(model.stack)!;
      return plan.kind === 'compile' && plan[which] ? [plan[which]] : [];
    });
    // Nothing to compile means CDKTF is never loaded.
    const json = compiled.length ? synthesize(compiled) : new Map<string, object>();
    return new Map(
      stacks.map(({ model, source }): [string, StackSide] => {
        const plan = plans.get(model.stack)!;
        const compiledModel = plan.kind === 'compile' ? (plan[which] ?? model) : model;
        return [
          model.stack,
          {
            model: compiledModel,
            json: (json.get(model.stack) ?? {}) as TerraformJson,
            file: model.file,
            ...(withSource ? { source } : {}),
          },
        ];
      }),
    );
  };
  const heads = side(head.stacks, 'head', true);
  const bases = side(base.stacks, 'base', false);

  const stacks: StackReport[] = [];
  const hazards: ReportedHazard[] = [];
  for (const stack of [...new Set([...heads.keys(), ...bases.keys()])].sort()) {
    const before = bases.get(stack);
    const after = heads.get(stack);
    const unchanged = plans.get(stack)?.kind === 'unchanged';
    const changes = unchanged ? [] : compareStacks(before?.json, after?.json);
    // A `stack:` renamed in place: the file now holds a stack the base did not have.
    const renamedTo =
      !after && before
        ? [...heads.values()].find((h) => h.file === before.file && !bases.has(h.model.stack))
            ?.model.stack
        : undefined;
    const pair: StackPair = {
      stack,
      base: before,
      head: after,
      changes,
      ...(renamedTo ? { renamedTo } : {}),
    };
    stacks.push({
      stack,
      ...(after ? { file: after.file } : {}),
      ...(before ? { baseFile: before.file } : {}),
      status: !before ? 'added' : !after ? 'removed' : changes.length > 0 ? 'changed' : 'unchanged',
      changes,
    });
    // Equal models: nothing changes, so nothing is hazardous.
    for (const hazard of unchanged ? [] : detectHazards(pair)) {
      const span = after?.source ? locate(after.source, hazard.path, hazard.target) : undefined;
      hazards.push({
        ...hazard,
        ...accepting(acceptances, hazard.code),
        line: span?.start.line ?? 1,
        col: span?.start.col ?? 1,
        ...(span ? { end: span.end } : {}),
      });
    }
  }
  hazards.sort(
    (x, y) =>
      compare(x.file, y.file) ||
      x.line - y.line ||
      x.col - y.col ||
      compare(x.code, y.code) ||
      compare(x.subject, y.subject),
  );
  return { report: { ref: options.base, commit, stacks, hazards }, diagnostics: head.diagnostics };
}

/**
 * The base side's models. Base files are labelled `REF:path` (git's own
 * notation), so a finding says which side it is on. A base file whose bytes
 * are the head's (most files of a pull request) has the head's model, already
 * validated: only the files that differ are validated again. The one rule
 * over several files (stack-duplicate) is checked on the assembled side; if
 * it could fail, or the head does not validate, the whole base is validated,
 * for its own diagnostics.
 */
function baseModels(
  files: readonly BaseFile[],
  head: PipelineResult,
  headBytes: ReadonlyMap<string, Buffer>,
  ref: string,
): PipelineResult {
  const validate = (list: readonly BaseFile[]) =>
    modelsFromContents(
      list.map((f) => ({ path: `${ref}:${f.path}`, bytes: f.bytes, modelPath: f.path })),
    );
  if (!head.ok) return validate(files);
  const same = new Set(
    files.filter((f) => headBytes.get(f.path)?.equals(f.bytes)).map((f) => f.path),
  );
  const changed = validate(files.filter((f) => !same.has(f.path)));
  if (!changed.ok) return changed;
  const stacks = [...changed.stacks, ...head.stacks.filter((s) => same.has(s.model.file))];
  if (new Set(stacks.map((s) => s.model.stack)).size < stacks.length) return validate(files);
  return { ok: true, stacks, models: stacks.map((s) => s.model), diagnostics: changed.diagnostics };
}

/** Per stack name, what its comparison needs compiled. */
function comparePlans(
  base: readonly StackInput[],
  head: readonly StackInput[],
): Map<string, CompilePlan> {
  const baseModels = new Map(base.map((s) => [s.model.stack, s.model]));
  const headModels = new Map(head.map((s) => [s.model.stack, s.model]));
  return new Map(
    [...new Set([...baseModels.keys(), ...headModels.keys()])].map((stack) => [
      stack,
      whatToCompile(baseModels.get(stack), headModels.get(stack)),
    ]),
  );
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readHead(cwd: string, path: string): Buffer {
  try {
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    throw new UsageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
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
