import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { formatText } from '../outputs/format/text';
import { reviewPaths } from '../outputs/review';
import { resolveConfigFiles } from '../load/files';
import { checkReviewOutput, writeReplacing } from './review-output';

export function registerReview(program: Command): void {
  program
    .command('review')
    .description(
      'print a Markdown summary for a pull request: what each stack holds, and what to register at each identity provider',
    )
    .argument('[files...]', 'files or folders (default: config/*.yaml)')
    .option('-o, --output <file>', 'write the Markdown to this file instead of stdout')
    .action((files: string[], options: { output?: string }) => {
      process.exitCode = review(files, options);
    });
}

/** The command without commander: returns the exit code (tests call it in-process). */
export function review(files: readonly string[], options: { output?: string }): number {
  const paths = resolveConfigFiles(files);
  if (options.output) checkReviewOutput(options.output, paths);
  const result = reviewPaths(paths);
  process.stderr.write(formatText(result.diagnostics));
  if (!result.markdown) return 1;
  if (options.output) {
    mkdirSync(dirname(options.output), { recursive: true });
    writeReplacing(options.output, result.markdown);
  } else process.stdout.write(result.markdown);
  return 0;
}
