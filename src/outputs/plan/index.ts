import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveConfigFiles, UsageError } from '../../load/files';
import type { Diagnostic } from '../../load/diagnostic';
import { fileOf, locate, SourceFile } from '../../load/source';
import type { Model } from '../../model/model';
import { modelsFromContents } from '../../model/pipeline';
import { GitRepo } from '../diff/git';
import { HAZARD_KINDS, isHazardCode } from '../diff/hazard-codes';
import { collectInputs } from '../diff/inputs';
import { byHazardPosition, codeUnitOrder } from '../diff/report';
import type { TerraformJson } from '../diff/terraform';
import { YamlObject, yamlObjects } from './addresses';
import { compareConfiguration } from './configuration';
import { detectDrift } from './drift';
import { buildEntries } from './entries';
import { planHazards } from './hazards';
import { readPlan, TerraformPlan } from './plan-json';
import type { PlanReport, ReportedPlanHazard, StackPlanReport } from './report';

export type Synthesize = (models: Model[]) => Map<string, object>;

/** `--accept CODE` or `--accept CODE=REASON`. */
export interface Acceptance {
  code: string;
  reason?: string;
}

export interface PlanInput {
  /** The plan JSON file (`-`: standard input). */
  file: string;
  /** The stack it is for, when given as `STACK=PLAN.json`; otherwise found from its addresses. */
  stack?: string;
}

export interface PlanOptions {
  plans: readonly PlanInput[];
  /** YAML files or folders (default config/). */
  files: readonly string[];
  accept: readonly Acceptance[];
  /** A git ref whose YAML tells the plan's drift from the YAML's changes. */
  base?: string;
  cwd: string;
  /** The compile stage; loaded lazily by default. */
  synthesize?: Synthesize;
  /** Standard input, for a plan named `-`. */
  stdin?: () => string;
}

export type PlanOutcome =
  | { report: PlanReport; diagnostics: Diagnostic[] }
  | { report?: undefined; diagnostics: Diagnostic[] };

interface HeadStack {
  model: Model;
  file: string;
  source: SourceFile;
  objects: Map<string, YamlObject>;
}

/**
 * Read Terraform plans (`terraform show -json PLANFILE`) of one or more
 * stacks, find the stack of each from its addresses, map every change to
 * the YAML node that produces it, and judge the hazards from what Terraform
 * will do. Throws UsageError for an unreadable or unsupported plan, a plan
 * no stack matches, an unknown `--accept` code, or a bad `--base`.
 */
export function runPlan(options: PlanOptions): PlanOutcome {
  const unknown = options.accept.filter((a) => !isHazardCode(a.code));
  if (unknown.length > 0) {
    throw new UsageError(
      `--accept ${unknown.map((a) => a.code).join(',')}: not a hazard code; the codes are ${HAZARD_KINDS.map((k) => k.code).join(', ')}`,
    );
  }
  if (options.plans.length === 0)
    throw new UsageError(
      'name at least one plan: the output of terraform show -json PLANFILE, saved as a .json file',
    );
  const plans = options.plans.map((input) => ({
    input,
    plan: readPlan(readPlanText(input.file, options), input.file),
  }));

  const paths = resolveConfigFiles(options.files, options.cwd);
  const head = modelsFromContents(
    paths.map((path: string) => ({ path, bytes: readYaml(options.cwd, path) })),
  );
  if (!head.ok) return { diagnostics: head.diagnostics };
  const stacks = head.stacks.map(({ model, source }): HeadStack => ({
    model,
    file: model.file,
    source,
    objects: yamlObjects(model),
  }));

  const matched = plans.map(({ input, plan }) => ({
    plan,
    stack: matchStack(input, plan, stacks),
  }));
  const twice = matched.find((m, i) => matched.findIndex((n) => n.stack === m.stack) !== i);
  if (twice)
    throw new UsageError(
      `two plans are for stack ${twice.stack.model.stack}; give one plan per stack`,
    );

  const synthesize = options.synthesize ?? loadCompiler();
  const headJson = synthesize(matched.map((m) => m.stack.model));
  const base = options.base ? readBase(options.base, options, synthesize) : undefined;
  if (base && !base.ok) return { diagnostics: [...base.diagnostics, ...head.diagnostics] };

  const accepted = new Map(options.accept.map((a) => [a.code, a.reason]));
  const reports: StackPlanReport[] = [];
  const hazards: ReportedPlanHazard[] = [];
  for (const { plan, stack } of matched) {
    const name = stack.model.stack;
    const compiled = (headJson.get(name) ?? {}) as TerraformJson;
    const baseStack = base?.stacks.get(name);
    const entries = buildEntries({
      plan,
      objects: stack.objects,
      ...(base ? { baseObjects: baseStack?.objects ?? new Map() } : {}),
      source: stack.source,
      file: stack.file,
    });
    const drift = detectDrift(entries, {
      plan,
      head: compiled,
      ...(baseStack ? { base: baseStack.json } : {}),
    });
    for (const entry of entries) {
      const finding = drift.get(entry.address);
      if (finding) entry.drift = finding;
    }
    const mismatch = compareConfiguration(plan, compiled);
    const report: StackPlanReport = {
      stack: name,
      file: stack.file,
      planFile: plan.file,
      formatVersion: plan.formatVersion,
      ...(plan.terraformVersion ? { terraformVersion: plan.terraformVersion } : {}),
      errored: plan.errored,
      ...(plan.applyable !== undefined ? { applyable: plan.applyable } : {}),
      entries,
      ...(mismatch ? { mismatch } : {}),
    };
    reports.push(report);
    for (const hazard of planHazards(report)) {
      const span = locate(stack.source, hazard.path, hazard.target);
      const reason = accepted.get(hazard.code);
      hazards.push({
        ...hazard,
        file: fileOf(stack.source, hazard.path),
        accepted: accepted.has(hazard.code),
        ...(reason ? { reason } : {}),
        line: span.start.line,
        col: span.start.col,
        end: span.end,
      });
    }
  }
  reports.sort((a, b) => codeUnitOrder(a.stack, b.stack));
  hazards.sort(byHazardPosition);
  return {
    report: {
      stacks: reports,
      hazards,
      ...(base ? { base: { ref: base.ref, commit: base.commit } } : {}),
    },
    diagnostics: head.diagnostics,
  };
}

/**
 * The stack a plan is for. A plan does not name its stack, but its
 * addresses come from the YAML keys: the stack whose YAML produces the most
 * of the plan's addresses (configuration and changes) is it. A tie or no
 * overlap at all is a usage error that says how to name the stack.
 */
function matchStack(
  input: PlanInput,
  plan: TerraformPlan,
  stacks: readonly HeadStack[],
): HeadStack {
  if (input.stack) {
    const named = stacks.find((s) => s.model.stack === input.stack);
    if (!named)
      throw new UsageError(
        `${input.stack}=${input.file}: no stack ${input.stack} in the files; the stacks are ${stacks.map((s) => s.model.stack).join(', ')}`,
      );
    return named;
  }
  const addresses = new Set([...plan.configured.keys(), ...plan.changes.map((c) => c.address)]);
  const scored = stacks
    .map((stack) => ({
      stack,
      score: [...stack.objects.keys()].filter((a) => addresses.has(a)).length,
    }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score === 0) {
    throw new UsageError(
      `${input.file}: no stack in ${stacks.map((s) => s.file).join(', ')} has any of this plan's resources; name the files the stack comes from, or the stack: STACK=${input.file}`,
    );
  }
  if (scored[1] && scored[1].score === best.score) {
    throw new UsageError(
      `${input.file}: stacks ${best.stack.model.stack} and ${scored[1].stack.model.stack} match this plan equally; name the stack: ${best.stack.model.stack}=${input.file}`,
    );
  }
  return best.stack;
}

interface BaseSide {
  ok: boolean;
  diagnostics: Diagnostic[];
  ref: string;
  commit: string;
  stacks: Map<string, { objects: Map<string, YamlObject>; json: TerraformJson }>;
}

/** The same files at a git ref (as `cogfed diff` reads them), compiled: what the YAML said before this change. */
function readBase(ref: string, options: PlanOptions, synthesize: Synthesize): BaseSide {
  const repo = GitRepo.open(options.cwd);
  const commit = repo.resolve(ref);
  const inputs = collectInputs(options.files, options.cwd, repo, commit, ref);
  const validated = modelsFromContents(
    inputs.base.map((f) => ({ path: `${ref}:${f.path}`, bytes: f.bytes, modelPath: f.path })),
  );
  if (!validated.ok)
    return { ok: false, diagnostics: validated.diagnostics, ref, commit, stacks: new Map() };
  const models = validated.models;
  const json = models.length ? synthesize(models) : new Map<string, object>();
  return {
    ok: true,
    diagnostics: [],
    ref,
    commit,
    stacks: new Map(
      models.map((model) => [
        model.stack,
        { objects: yamlObjects(model), json: (json.get(model.stack) ?? {}) as TerraformJson },
      ]),
    ),
  };
}

function readPlanText(file: string, options: PlanOptions): string {
  if (file === '-') return (options.stdin ?? (() => readFileSync(0, 'utf8')))();
  try {
    return readFileSync(resolve(options.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the plan ${file} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
}

function readYaml(cwd: string, path: string): Buffer {
  try {
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    throw new UsageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
}

/** The compile stage, required only now: `validate` never loads CDKTF. */
function loadCompiler(): Synthesize {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../compile') as { synthesizeModels: Synthesize }).synthesizeModels;
}
