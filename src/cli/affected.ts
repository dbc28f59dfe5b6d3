import { Option, type Command } from 'commander';
import { renderAffectedJson, renderAffectedList, runAffected } from '../outputs/affected';
import { formatText } from '../outputs/format/text';

export interface AffectedCommandOptions {
  base: string;
  format: 'json' | 'list';
}

export function registerAffected(program: Command): void {
  program
    .command('affected')
    .description(
      'the stacks a change touches, against the same files at a git ref, as JSON for a CI matrix (one job per stack)',
    )
    .argument('[files...]', 'files or folders (default: config/)')
    .requiredOption('--base <ref>', 'the git ref to compare against, e.g. origin/main (required)')
    .addOption(
      new Option(
        '-f, --format <format>',
        'json: { "stacks": [{ stack, file, change }] }; list: one stack name a line',
      )
        .choices(['json', 'list'])
        .default('json'),
    )
    .action((files: string[], options: AffectedCommandOptions) => {
      const result = affected(files, options);
      process.stderr.write(result.stderr);
      process.stdout.write(result.stdout);
      process.exitCode = result.exitCode;
    });
}

/** The command without commander or process streams (tests call it in-process). Exit 1 when either side does not validate. */
export function affected(
  files: readonly string[],
  options: AffectedCommandOptions,
  cwd = process.cwd(),
): { stdout: string; stderr: string; exitCode: number } {
  const outcome = runAffected({ base: options.base, files, cwd });
  if (!outcome.ok)
    return {
      stdout: '',
      stderr: `${formatText(outcome.diagnostics)}cogfed: affected compares valid files only; fix the errors above\n`,
      exitCode: 1,
    };
  const stdout =
    options.format === 'list'
      ? renderAffectedList(outcome.stacks)
      : renderAffectedJson(outcome.stacks);
  return { stdout, stderr: '', exitCode: 0 };
}
