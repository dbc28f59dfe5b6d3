import { Option } from 'commander';
import type { Diagnostic } from '../load/diagnostic';
import { formatGithub } from '../outputs/format/github';
import { formatJson } from '../outputs/format/json';
import { formatSarif } from '../outputs/format/sarif';
import { diagnosticRules } from '../outputs/format/sarif-rules';
import { formatText, summaryLine } from '../outputs/format/text';

export type DiagnosticFormat = 'text' | 'json' | 'github' | 'sarif';

export const formatOption = () =>
  new Option('-f, --format <format>', 'how findings are printed')
    .choices(['text', 'json', 'github', 'sarif'])
    .default('text');

/**
 * Print findings. Text goes to stderr (diagnostics), machine formats to stdout
 * so a pipeline can redirect them to a file.
 */
export function printDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  fileCount: number,
  quiet = false,
): void {
  switch (format) {
    case 'json':
      process.stdout.write(formatJson(diagnostics, fileCount));
      return;
    case 'github':
      process.stdout.write(formatGithub(diagnostics));
      return;
    case 'sarif':
      process.stdout.write(formatSarif(diagnostics, diagnosticRules()));
      return;
    default:
      process.stderr.write(formatText(diagnostics));
      if (!quiet || diagnostics.length > 0)
        process.stderr.write(summaryLine(diagnostics, fileCount));
  }
}
