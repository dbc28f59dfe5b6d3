import type { Diagnostic } from '../../load/diagnostic';

export function formatJson(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${JSON.stringify({ files: fileCount, errors, warnings: diagnostics.length - errors, diagnostics }, null, 2)}\n`;
}
