import { CommanderError } from 'commander';
import { UsageError } from '../load/files';
import { environmentMessage } from './environment';

/**
 * How every command ends on an error: exit 0 for help and version, 2 for a
 * usage or environment problem (its message, no stack), 3 for a bug in
 * cogfed (said plainly; the stack only with COGFED_DEBUG).
 */
export function exitOnError(error: unknown): never {
  if (error instanceof CommanderError) {
    // Help asked for (`--help`, `cogfed help`) and version are not errors; every other parse failure is a usage
    // error, and so is `cogfed` alone: commander then prints the help to stderr with a non-zero exitCode.
    const ok =
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      (error.code === 'commander.help' && error.exitCode === 0);
    process.exit(ok ? 0 : 2);
  }
  if (error instanceof UsageError) {
    process.stderr.write(`cogfed: ${error.message}\n`);
    process.exit(2);
  }
  // A file system error is the environment's (permissions, a full disk, a path through a file): exit 2, not a bug.
  const environment = environmentMessage(error);
  if (environment) {
    process.stderr.write(`cogfed: ${environment}\n`);
    process.exit(2);
  }
  // Anything else is a bug in cogfed, not in the input: say so plainly.
  process.stderr.write(`cogfed: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (process.env.COGFED_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
  process.exit(3);
}
