import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { addCommentOptions } from './comment-options';
import type { Command } from 'commander';
import { formatText } from '../outputs/format/text';
import { reviewForComment } from '../outputs/review';
import { resolveConfigFiles } from '../load/files';
import { checkReviewOutput, writeReplacing } from './review-output';

export interface ReviewCommandOptions {
  output?: string;
  outputFull?: string;
  base?: string;
  maxChars?: number;
}

export function registerReview(program: Command): void {
  const command = program
    .command('review')
    .description(
      'print a Markdown summary for a pull request: what each stack holds, and what to register at each identity provider',
    )
    .argument('[files...]', 'files or folders (default: config/*.yaml)')
    .option('-o, --output <file>', 'write the Markdown to this file instead of stdout')
    .option(
      '--base <ref>',
      'show only the stacks and pools changed since this git ref, e.g. origin/main',
    );
  addCommentOptions(command, { what: 'review' }).action(
    (files: string[], options: ReviewCommandOptions) => {
      process.exitCode = review(files, options);
    },
  );
}

/** The command without commander: returns the exit code (tests call it in-process). */
export function review(
  files: readonly string[],
  options: ReviewCommandOptions,
  cwd = process.cwd(),
): number {
  const paths = resolveConfigFiles(files);
  if (options.output) checkReviewOutput(options.output, paths);
  if (options.outputFull) checkReviewOutput(options.outputFull, paths, '--output-full');
  const result = reviewForComment(paths, { named: files, cwd, ...options });
  process.stderr.write(formatText(result.diagnostics));
  if (!result.markdown) return 1;
  if (options.outputFull) write(cwd, options.outputFull, result.full!);
  if (options.output) write(cwd, options.output, result.markdown);
  else process.stdout.write(result.markdown);
  return 0;
}

/** `name` as the user wrote it, relative to `cwd`; errors say it as written. */
function write(cwd: string, name: string, text: string): void {
  const file = resolve(cwd, name);
  mkdirSync(dirname(file), { recursive: true });
  writeReplacing(file, text, name);
}
