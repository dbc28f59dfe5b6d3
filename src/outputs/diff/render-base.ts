import { formatGithubNotice } from '../format/github';
import { code, text } from '../review/markdown';
import { atBase } from './base-side';
import type { DiffReport } from './report';

/**
 * The base files that do not validate, in each output: a note, never a
 * failure of the change (it may be the fix). Their lines are the base's, so
 * they are not annotations on the head's lines (GitHub gets a notice without
 * a file; SARIF, whose results are locations in the commit analysed, none).
 */

function files(report: DiffReport): string {
  const names = report.baseProblems!.files;
  return `${names.join(', ')} ${names.length === 1 ? 'does' : 'do'} not validate`;
}

function why(report: DiffReport): string {
  const one = report.baseProblems!.files.length === 1;
  const [them, they, their] = one ? ['it', 'it', 'its'] : ['them', 'they', 'their'];
  return `nothing was deployable from ${them} there (synth refuses a file that does not validate), so ${they} ${one ? 'is' : 'are'} not compared; to see what this change does to ${their} resources, compare with the last commit where ${they} ${one ? 'validates' : 'validate'} (cogfed diff --base <commit>)`;
}

/** A section after the hazards; empty when the base validates. */
export function baseNotesText(report: DiffReport): string {
  const problems = report.baseProblems;
  if (!problems) return '';
  const lines = problems.findings.map(
    (d) => `${atBase(d.file, problems.ref)}:${d.line}:${d.col}: note ${d.code}: ${d.message}\n`,
  );
  return `\nnotes: at ${problems.ref}, ${files(report)}; ${why(report)}:\n${lines.join('')}`;
}

export function baseNotesMarkdown(report: DiffReport): string {
  const problems = report.baseProblems;
  if (!problems) return '';
  const items = problems.findings.map(
    (d) =>
      `> - ${code(d.file)} at ${code(problems.ref)}, line ${d.line}: ${code(d.code)}: ${text(d.message)}`,
  );
  return `> [!NOTE]\n> **At ${code(problems.ref)}, ${text(files(report))}**: ${text(why(report))}.\n>\n${items.join('\n')}\n`;
}

export function baseNotesGithub(report: DiffReport): string {
  const problems = report.baseProblems;
  if (!problems) return '';
  return problems.findings
    .map((d) =>
      formatGithubNotice(
        `cogfed ${d.code} (at ${problems.ref})`,
        `${atBase(d.file, problems.ref)}, line ${d.line}, column ${d.col}: ${d.message}`,
      ),
    )
    .join('');
}

export function baseNotesJson(report: DiffReport): object | undefined {
  const problems = report.baseProblems;
  if (!problems) return undefined;
  return {
    ref: problems.ref,
    files: problems.files,
    findings: problems.findings.map((d) => ({
      file: d.file,
      line: d.line,
      col: d.col,
      code: d.code,
      message: d.message,
    })),
  };
}
