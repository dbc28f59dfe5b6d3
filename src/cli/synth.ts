import { existsSync, lstatSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { modelsFromPaths } from '../model/pipeline';
import { resolveConfigFiles, UsageError } from '../load/files';
import { DiagnosticFormat, formatOption, printDiagnostics } from './format-option';
import { afterParse } from './deferred';

interface SynthOptions {
  format: DiagnosticFormat;
  output: string;
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
    .action((files: string[], options: SynthOptions) => {
      const paths = resolveConfigFiles(files);
      if (existsSync(options.output) && !lstatSync(options.output).isDirectory()) {
        throw new UsageError(`--output ${options.output} exists and is not a folder`);
      }
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
      const result = modelsFromPaths(paths);
      if (!result.ok) {
        printDiagnostics(result.diagnostics, options.format, paths.length);
        process.exitCode = 1;
        return;
      }
      // Warnings still print; in text form the "no problems" line is left out, the summaries below say what happened.
      printDiagnostics(result.diagnostics, options.format, paths.length, true);
      // Only the models go on: the parsed files (text, values, any YAML documents) can be collected before synthesis.
      const models = result.models;
      afterParse(() => {
        // Loaded only now: CDKTF and the provider bindings take most of a second, and validation errors never need them.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { summary, writeSynthOutput } =
          require('../outputs/synth') as typeof import('../outputs/synth');
        for (const stack of writeSynthOutput(models, options.output))
          process.stderr.write(summary(stack));
        process.exitCode = 0;
      });
    });
}

/** Whether `path` is `folder` or inside it. */
function contains(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
