import type { Command } from 'commander';
import { validatePaths } from '../validate';
import { resolveConfigFiles } from '../load/files';
import { DiagnosticFormat, formatOption, printDiagnostics } from './format-option';
import type { ValidatedFile } from '../validate';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check configuration files against the schema and the rules (default: config/*.yaml); loads no CDKTF',
    )
    .argument('[files...]', 'files or folders to check')
    .addOption(formatOption())
    .action((files: string[], options: { format: DiagnosticFormat }) => {
      const paths = resolveConfigFiles(files);
      const result = validatePaths(paths);
      printDiagnostics(result.diagnostics, options.format, paths.length);
      if (options.format === 'text') printAdoptionNotes(result.files);
      process.exitCode = result.ok ? 0 : 1;
    });
}

/** Files adopted with `cogfed import` whose adoption is applied (local state only; see outputs/import/applied.ts). */
function printAdoptionNotes(files: readonly ValidatedFile[]): void {
  if (
    !files.some(
      (f) =>
        f.valid && f.config.userPools && JSON.stringify(f.config.userPools).includes('"importId"'),
    )
  )
    return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { adoptionNote } =
    require('../outputs/import/applied') as typeof import('../outputs/import/applied');
  for (const file of files) {
    const note = file.valid ? adoptionNote(file.path, file.config) : undefined;
    if (note) process.stderr.write(note);
  }
}
