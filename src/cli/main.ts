import { Command, CommanderError } from 'commander';
import { runDeferred } from './deferred';
import { UsageError } from '../load/files';
import { VERSION } from '../load/version';
import { registerDiff } from './diff';
import { registerPlan } from './plan';
import { registerImport } from './import';
import { registerReview } from './review';
import { registerSynth } from './synth';
import { registerValidate } from './validate';

/**
 * The `cogfed` command. Each subcommand module loads only what it needs:
 * `validate` never loads CDKTF or the provider bindings (synth, review and
 * diff load the compile stage inside their actions).
 */
export function main(argv: readonly string[]): void {
  const program = new Command()
    .name('cogfed')
    .description(
      "Federate AWS Cognito with your customers' identity providers: YAML in, Terraform out.",
    )
    .version(VERSION)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerValidate(program);
  registerSynth(program);
  registerReview(program);
  registerDiff(program);
  registerPlan(program);
  registerImport(program);

  try {
    program.parse(argv as string[], { from: 'node' });
    // Heavy work runs here, on a shallow call stack (see deferred.ts).
    runDeferred();
  } catch (error) {
    exitOnError(error);
  }
}

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
  // Anything else is a bug in cogfed, not in the input: say so plainly.
  process.stderr.write(`cogfed: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  if (process.env.COGFED_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
  process.exit(3);
}
