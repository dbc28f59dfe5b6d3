import type { Diagnostic } from '../../load/diagnostic';

/** `FILE:LINE:COL: error CODE: message; fix: hint`, one finding a line (compiler style, so editors and grep can jump to it). */
export function formatText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map(
      (d) =>
        `${d.file}:${d.line}:${d.col}: ${d.severity} ${d.code}: ${d.message}${d.hint ? `; fix: ${d.hint}` : ''}\n`,
    )
    .join('');
}

export function summaryLine(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (diagnostics.length === 0) return `cogfed: ${files} checked, no problems\n`;
  return `cogfed: ${files} checked, ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}\n`;
}
