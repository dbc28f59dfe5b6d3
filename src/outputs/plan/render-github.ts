import { formatGithub } from '../format/github';
import { hazardDiagnostics, PlanReport } from './report';
import { entryLine, renderText } from './render-text';

/**
 * GitHub workflow commands: each hazard an error or warning annotation on
 * its YAML line (the shared formatter), each other planned change a notice
 * on the YAML line that produces it, then the text report for the job log.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-a-notice-message
 */
export function renderGithub(report: PlanReport): string {
  const notices: string[] = [];
  for (const stack of report.stacks) {
    for (const entry of stack.entries) {
      if (
        !entry.location ||
        (entry.action === 'no-op' && entry.importId === undefined && entry.movedFrom === undefined)
      )
        continue;
      const { file, line, col } = entry.location;
      notices.push(
        `::notice file=${property(file)},line=${line},col=${col},title=${property(`cogfed plan: ${entry.action}`)}::${data(entryLine(entry))}\n`,
      );
    }
  }
  return formatGithub(hazardDiagnostics(report)) + notices.join('') + renderText(report);
}

function data(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(value: string): string {
  return data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
