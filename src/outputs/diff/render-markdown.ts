import { code, table, text } from '../review/markdown';
import { hazardKind } from './hazard-codes';
import { baseNotesMarkdown } from './render-base';
import { DiffReport, unaccepted } from './report';
import { changeLines, headline, moveLines, stackLine } from './render-text';

/** A pull-request comment: the verdict first, then the hazards, then each stack's changes as a diff block. */
export function renderMarkdown(report: DiffReport): string {
  const out = [`## ${text(headline(report))}\n`];
  const open = unaccepted(report);
  const codes = [...new Set(open.map((h) => h.code))];
  if (open.length > 0) {
    out.push(
      `> [!CAUTION]\n> **${open.length} blocking hazard${open.length === 1 ? '' : 's'} not accepted** (${codes.map(code).join(', ')}). If this is intended, run \`cogfed diff\` with ${code(`--accept ${codes.join(',')}`)}.\n`,
    );
  } else {
    out.push(
      report.hazards.length > 0
        ? '**No blocking hazards** (warnings below).\n'
        : '**No hazards.**\n',
    );
  }
  const notes = baseNotesMarkdown(report);
  if (notes) out.push(notes);
  if (report.hazards.length > 0) {
    const rows = report.hazards.map((h) => [
      h.severity === 'blocking'
        ? h.accepted
          ? `blocking (accepted${h.acceptReason ? `: ${text(h.acceptReason)}` : ''})`
          : '**blocking**'
        : 'warning',
      code(h.code),
      code(`${h.file}:${h.line}`),
      `${text(h.message)}<br>Fix: ${text(h.hint)}`,
    ]);
    out.push(`### Hazards\n\n${table(['Severity', 'Code', 'Where', 'What happens'], rows)}`);
  }
  for (const stack of report.stacks) {
    out.push(`### ${text(stackLine(stack))}\n`);
    const lines = [...moveLines(stack), ...changeLines(stack.changes)];
    if (lines.length > 0) out.push(fenced('diff', lines.join('\n')));
  }
  out.push(
    `<sub>Hazard codes: ${[...new Set(report.hazards.map((h) => h.code))].map((c) => `${code(c)} (${hazardKind(c).severity})`).join(', ') || 'none'}.</sub>\n`,
  );
  return out.join('\n');
}

function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}\n`;
}
