import type { Command } from 'commander';
import { validatePaths } from '../validate';
import { resolveConfigFiles } from '../load/files';
import { DiagnosticFormat, formatOption, printDiagnostics } from './format-option';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check configuration files against the schema and the rules (default: config/*.yaml); loads no CDKTF')
    .argument('[files...]', 'files or folders to check')
    .addOption(formatOption())
    .action((files: string[], options: { format: DiagnosticFormat }) => {
      const paths = resolveConfigFiles(files);
      const result = validatePaths(paths);
      printDiagnostics(result.diagnostics, options.format, paths.length);
      process.exitCode = result.ok ? 0 : 1;
    });
}
