import type { Command } from 'commander';
import { DEFAULT_MAX_CHARS, parseMaxChars } from '../outputs/format/comment-limit';

/**
 * The options of a command whose Markdown is a pull-request comment (review,
 * diff, plan): `--max-chars`, and where the command can write its complete
 * text, `--output-full`. One place, so the three say the same.
 */
export function addCommentOptions(command: Command, full?: { what: string }): Command {
  if (full)
    command.option(
      '--output-full <file>',
      `also write the complete ${full.what} to this file; the comment names it when it had to be shortened`,
    );
  return command.option(
    '--max-chars <n>',
    `shorten the Markdown to at most this many characters (default ${DEFAULT_MAX_CHARS}; a GitHub comment holds 65536)`,
    parseMaxChars,
  );
}
