import { addCommentOptions } from './comment-options';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../load/diagnostic';
import { HAZARD_KINDS } from '../outputs/diff/hazard-codes';
import { formatGithub } from '../outputs/format/github';
import { formatJson } from '../outputs/format/json';
import { formatSarif } from '../outputs/format/sarif';
import { formatText } from '../outputs/format/text';
import { Acceptance, PlanInput, runPlan, Synthesize } from '../outputs/plan';
import { unaccepted } from '../outputs/plan/report';
import { renderGithub } from '../outputs/plan/render-github';
import { renderJson } from '../outputs/plan/render-json';
import { renderMarkdown } from '../outputs/plan/render-markdown';
import { renderSarif } from '../outputs/plan/render-sarif';
import { renderText } from '../outputs/plan/render-text';
import { CODE_CATALOG } from '../validate/codes';

export type PlanFormat = 'text' | 'markdown' | 'json' | 'github' | 'sarif';

export interface PlanCommandOptions {
  accept: string[];
  format: PlanFormat;
  base?: string;
  /** The most the Markdown may hold, when a pipeline joins it with other sections in one comment. */
  maxChars?: number;
}

export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description(
      'review a Terraform plan (terraform show -json PLANFILE > PLAN.json): every change mapped to its YAML line, hazards judged from what Terraform will do (exit 1 on a blocking hazard not accepted)',
    )
    .argument(
      '<plans-and-files...>',
      'plan JSON files (*.json, `-` for stdin, STACK=PLAN.json to name the stack), then YAML files or folders (default: config/*.yaml)',
    )
    .option(
      '--accept <code[=reason]>',
      `accept a blocking hazard, with the reason printed in every format (repeatable; CODE,CODE without reasons): ${HAZARD_KINDS.filter(
        (k) => k.severity === 'blocking',
      )
        .map((k) => k.code)
        .join(', ')}`,
      collect,
      [] as string[],
    )
    .option(
      '--base <ref>',
      'a git ref whose YAML tells drift (edits outside Terraform) from what this change does, as cogfed diff reads it',
    )
    .addOption(
      new Option('-f, --format <format>', 'how the report is printed')
        .choices(['text', 'markdown', 'json', 'github', 'sarif'])
        .default('text'),
    );
  addCommentOptions(command).action((args: string[], options: PlanCommandOptions) => {
    const result = plan(args, options);
    process.stderr.write(result.stderr);
    process.stdout.write(result.stdout);
    process.exitCode = result.exitCode;
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `CODE=REASON` is one code with its reason; otherwise a comma-separated list of codes. */
export function parseAccept(values: readonly string[]): Acceptance[] {
  return values.flatMap((value) => {
    const eq = value.indexOf('=');
    if (eq >= 0) {
      const reason = value.slice(eq + 1).trim();
      return [{ code: value.slice(0, eq).trim(), ...(reason ? { reason } : {}) }];
    }
    return value
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean)
      .map((code) => ({ code }));
  });
}

/** Plans are the `.json` arguments (and `-`); the rest are YAML files and folders. */
export function splitArguments(args: readonly string[]): { plans: PlanInput[]; files: string[] } {
  const plans: PlanInput[] = [];
  const files: string[] = [];
  for (const arg of args) {
    const named = /^([a-z][a-z0-9-]{0,62})=(.+)$/.exec(arg);
    if (named && (named[2] === '-' || /\.json$/i.test(named[2])))
      plans.push({ stack: named[1], file: named[2] });
    else if (arg === '-' || /\.json$/i.test(arg)) plans.push({ file: arg });
    else files.push(arg);
  }
  return { plans, files };
}

/**
 * The command without commander or process streams (tests call it
 * in-process). Usage errors are thrown (UsageError, exit 2 in main).
 * Exit 1: the YAML does not validate, or a blocking hazard is not accepted.
 */
export function plan(
  args: readonly string[],
  options: PlanCommandOptions,
  cwd = process.cwd(),
  synthesize?: Synthesize,
): { stdout: string; stderr: string; exitCode: number } {
  const { plans, files } = splitArguments(args);
  const outcome = runPlan({
    plans,
    files,
    accept: parseAccept(options.accept ?? []),
    ...(options.base ? { base: options.base } : {}),
    cwd,
    ...(synthesize ? { synthesize } : {}),
  });
  if (!outcome.report)
    return { ...printValidation(outcome.diagnostics, options.format), exitCode: 1 };

  const report = outcome.report;
  const render: Record<PlanFormat, () => string> = {
    text: () => renderText(report),
    markdown: () => renderMarkdown(report, options.maxChars),
    json: () => renderJson(report),
    // Annotations on the YAML lines, then the readable report for the job log.
    github: () => renderGithub(report),
    sarif: () => renderSarif(report),
  };
  return {
    stdout: render[options.format](),
    stderr: formatText(outcome.diagnostics),
    exitCode: unaccepted(report).length > 0 ? 1 : 0,
  };
}

/** When the YAML does not validate, its findings are the output, in the format asked for (Markdown falls back to text). */
function printValidation(
  diagnostics: Diagnostic[],
  format: PlanFormat,
): { stdout: string; stderr: string } {
  switch (format) {
    case 'json':
      return {
        stdout: formatJson(diagnostics, new Set(diagnostics.map((d) => d.file)).size),
        stderr: '',
      };
    case 'github':
      return { stdout: formatGithub(diagnostics), stderr: '' };
    case 'sarif':
      return { stdout: formatSarif(diagnostics, CODE_CATALOG()), stderr: '' };
    default:
      return {
        stdout: '',
        stderr: `${formatText(diagnostics)}cogfed plan: the files do not validate; the plan was not read against them\n`,
      };
  }
}
