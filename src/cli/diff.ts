import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { addCommentOptions } from './comment-options';
import { Option, type Command } from 'commander';
import type { Diagnostic } from '../load/diagnostic';
import { runDiff, Synthesize } from '../outputs/diff';
import { HAZARD_KINDS } from '../outputs/diff/hazard-codes';
import { hazardDiagnostics, unaccepted } from '../outputs/diff/report';
import { renderJson } from '../outputs/diff/render-json';
import { baseNotesGithub } from '../outputs/diff/render-base';
import { renderMarkdown, renderMarkdownFull } from '../outputs/diff/render-markdown';
import { checkReviewOutput, writeReplacing } from './review-output';
import { renderText } from '../outputs/diff/render-text';
import { formatGithub } from '../outputs/format/github';
import { formatJson } from '../outputs/format/json';
import { formatSarif } from '../outputs/format/sarif';
import { diagnosticRules, hazardRules } from '../outputs/format/sarif-rules';
import { formatText } from '../outputs/format/text';

export type DiffFormat = 'text' | 'markdown' | 'json' | 'github' | 'sarif';

export interface DiffCommandOptions {
  base: string;
  accept: string[];
  format: DiffFormat;
  /** Also write the complete Markdown report here (the comment is shortened to fit). */
  outputFull?: string;
  maxChars?: number;
}

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description(
      'show what a change does to the resources, against the same files at a git ref; flags what destroys or replaces (exit 1 on a blocking hazard not accepted)',
    )
    .argument('[files...]', 'files or folders (default: config/*.yaml)')
    .requiredOption(
      '--base <ref>',
      'the git ref to compare against, e.g. main or origin/main (required)',
    )
    .option(
      '--accept <code[=reason]>',
      `accept a blocking hazard, with why (repeatable; codes may be comma-separated): --accept pool-replaced="users migrated to pool v2"; codes: ${HAZARD_KINDS.filter(
        (k) => k.severity === 'blocking',
      )
        .map((k) => k.code)
        .join(', ')}`,
      collect,
      [] as string[],
    )
    .addOption(
      new Option('-f, --format <format>', 'how the report is printed')
        .choices(['text', 'markdown', 'json', 'github', 'sarif'])
        .default('text'),
    );
  addCommentOptions(command, { what: 'Markdown report' }).action(
    (files: string[], options: DiffCommandOptions) => {
      const result = diff(files, options);
      process.stderr.write(result.stderr);
      process.stdout.write(result.stdout);
      process.exitCode = result.exitCode;
    },
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * The command without commander or process streams (tests call it
 * in-process). Usage errors are thrown (UsageError, exit 2 in main).
 * Exit 1: the head does not validate, or a blocking hazard is not accepted
 * (a base that does not validate is a note: the change may be its fix).
 */
export function diff(
  files: readonly string[],
  options: DiffCommandOptions,
  cwd = process.cwd(),
  synthesize?: Synthesize,
): { stdout: string; stderr: string; exitCode: number } {
  if (options.outputFull) checkReviewOutput(resolve(cwd, options.outputFull), [], '--output-full');
  const outcome = runDiff({
    base: options.base,
    files,
    accept: options.accept ?? [],
    cwd,
    ...(synthesize ? { synthesize } : {}),
  });
  if (!outcome.report)
    return { ...printValidation(outcome.diagnostics, options.format, cwd), exitCode: 1 };

  const report = outcome.report;
  const warnings = formatText(outcome.diagnostics);
  const exitCode = unaccepted(report).length > 0 ? 1 : 0;
  if (options.outputFull) {
    mkdirSync(dirname(resolve(cwd, options.outputFull)), { recursive: true });
    writeReplacing(
      resolve(cwd, options.outputFull),
      renderMarkdownFull(report),
      options.outputFull,
    );
  }
  // Workflow commands only on stdout; the readable report goes to the job log on stderr, as `validate --format github` does.
  if (options.format === 'github')
    return {
      stdout: formatGithub(hazardDiagnostics(report)) + baseNotesGithub(report),
      stderr: warnings + renderText(report),
      exitCode,
    };
  const render: Record<Exclude<DiffFormat, 'github'>, () => string> = {
    text: () => renderText(report),
    markdown: () =>
      renderMarkdown(report, {
        ...(options.maxChars ? { maxChars: options.maxChars } : {}),
        ...(options.outputFull ? { outputFull: options.outputFull } : {}),
      }),
    json: () => renderJson(report),
    // The base's problems are not in SARIF: its results are locations in the commit analysed (render-base.ts).
    sarif: () => formatSarif(hazardDiagnostics(report), hazardRules(), { cwd }),
  };
  return { stdout: render[options.format](), stderr: warnings, exitCode };
}

/** When a side does not validate, its findings are the output, in the format asked for (Markdown falls back to text). */
function printValidation(
  diagnostics: Diagnostic[],
  format: DiffFormat,
  cwd: string,
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
      return { stdout: formatSarif(diagnostics, diagnosticRules(), { cwd }), stderr: '' };
    default:
      return {
        stdout: '',
        stderr: `${formatText(diagnostics)}cogfed diff: the files do not validate; nothing was compared\n`,
      };
  }
}
