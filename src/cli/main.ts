import { stopQuietlyOnClosedPipe } from './closed-pipe';
import { Command } from 'commander';
import { runDeferred } from './deferred';
import { exitOnError } from './exit';
import { VERSION } from '../load/version';
import { registerAffected } from './affected';
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
  stopQuietlyOnClosedPipe();
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
  registerAffected(program);
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
