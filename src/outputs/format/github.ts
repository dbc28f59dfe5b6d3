import type { Diagnostic } from '../../load/diagnostic';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the
 * YAML line in the pull request's diff.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      // Columns only for a range on one line: col/endColumn must not be sent when line and endLine differ
      // (@actions/core AnnotationProperties: "Cannot be sent when `startLine` and `endLine` are different values";
      // https://github.com/actions/toolkit/tree/main/packages/core#annotations).
      const oneLine = !d.end || d.end.line === d.line;
      const props = [`file=${escapeProperty(d.file)}`, `line=${d.line}`];
      if (oneLine) props.push(`col=${d.col}`);
      if (d.end)
        props.push(`endLine=${d.end.line}`, ...(oneLine ? [`endColumn=${d.end.col}`] : []));
      props.push(`title=${escapeProperty(`cogfed ${d.code}`)}`);
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(`${d.message}${d.hint ? `; fix: ${d.hint}` : ''}`)}\n`;
    })
    .join('');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
