import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { modelsFromPaths } from '../model/pipeline';
import { resolveConfigFiles, UsageError } from '../load/files';
import { recoverInterruptedSynth } from '../outputs/synth/recover';
import { checkOutputTarget } from '../outputs/synth/target';
import { DiagnosticFormat, formatOption, printDiagnostics } from './format-option';
import { afterParse } from './deferred';

interface SynthOptions {
  format: DiagnosticFormat;
  output: string;
  stack?: string[];
}

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description(
      'validate, then write <output>/stacks/<stack>/cdk.tf.json for each file (default: config/*.yaml), as `cdktf synth` does; writes nothing if any file has an error',
    )
    .argument('[files...]', 'files or folders to compile')
    .addOption(formatOption())
    .option(
      '-o, --output <dir>',
      'the folder to write (replaced as a whole, keeping what Terraform put there)',
      'cdktf.out',
    )
    .option(
      '-s, --stack <name...>',
      'compile only these stacks (every file is still validated): one CI job per stack `cogfed affected` names',
    )
    .action((files: string[], options: SynthOptions) => {
      const paths = resolveConfigFiles(files);
      checkOutputTarget(options.output);
      // The output folder is replaced as a whole: it must not hold the project or the files being compiled.
      const output = resolve(options.output);
      if (
        contains(output, process.cwd()) ||
        paths.some((path) => contains(output, resolve(path)))
      ) {
        throw new UsageError(
          `--output ${options.output} would replace the folder that holds the project or its configuration; name a folder of its own, e.g. cdktf.out`,
        );
      }
      // An earlier synth killed mid-way is finished or rolled back first, whatever this run's input holds.
      const say = (message: string) => process.stderr.write(`cogfed: ${message}\n`);
      for (const note of recoverInterruptedSynth(options.output, say)) say(note);
      const result = modelsFromPaths(paths);
      if (!result.ok) {
        printDiagnostics(result.diagnostics, options.format, paths.length);
        process.exitCode = 1;
        return;
      }
      // Warnings still print; in text form the "no problems" line is left out, the summaries below say what happened.
      printDiagnostics(result.diagnostics, options.format, paths.length, true);
      // Only the models go on: the parsed files (text, values, any YAML documents) can be collected before synthesis.
      const models = selectStacks(result.models, options.stack);
      afterParse(() => {
        // Loaded only now: CDKTF and the provider bindings take most of a second, and validation errors never need them.
        const { summary, writeSynthOutputReport } =
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          require('../outputs/synth') as typeof import('../outputs/synth');
        const report = writeSynthOutputReport(models, options.output, say);
        for (const note of report.notes) say(note);
        for (const stack of report.written) process.stderr.write(summary(stack));
        // Said plainly: a stack folder synth wrote before and did not compile this time is gone, with its .terraform/.
        for (const folder of report.removed)
          say(
            `removed ${folder}: that stack is not among the files compiled in this run (synth every file to keep it)`,
          );
        process.exitCode = 0;
      });
    });
}

/** The stacks `--stack` names, in the models' order; a name no file defines is a usage error. */
function selectStacks<M extends { stack: string }>(
  models: M[],
  names: readonly string[] | undefined,
): M[] {
  if (!names || names.length === 0) return models;
  const unknown = names.filter((n) => !models.some((m) => m.stack === n));
  if (unknown.length > 0)
    throw new UsageError(
      `--stack ${unknown.join(', ')}: no such stack in these files (stacks: ${models.map((m) => m.stack).join(', ')})`,
    );
  return models.filter((m) => names.includes(m.stack));
}

/** Whether `path` is `folder` or inside it. */
function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
