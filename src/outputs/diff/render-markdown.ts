import { code, table, text } from '../review/markdown';
import {
  CommentDocument,
  CommentSection,
  DEFAULT_MAX_CHARS,
  fitComment,
  fullTextPointer,
  joinDocument,
} from '../format/comment-limit';
import type { EntryChange } from './compare';
import { hazardKind } from './hazard-codes';
import { baseNotesMarkdown } from './render-base';
import { DiffReport, ReportedHazard, StackReport, unaccepted } from './report';
import { changeLines, headline, moveLines, stackLine } from './render-text';

/** A stack's resource changes longer than this are folded in `<details>`, so the hazards and the other stacks stay in view. */
const FOLD_LINES = 40;

export interface MarkdownOptions {
  /** At most this many characters (`--max-chars`); default under GitHub's comment limit. */
  maxChars?: number;
  /** The file `--output-full` writes the complete report to, named when the comment is shortened. */
  outputFull?: string;
}

/**
 * A pull-request comment: the verdict first, then the hazards, then each
 * stack's changes as a diff block, its output changes folded in
 * `<details>` (long, and rarely what a reviewer looks for). Within
 * maxChars: when it is longer, stacks are shortened to their tally, and the
 * comment says where the complete report is (format/comment-limit.ts).
 */
export function renderMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  return fitComment(markdownDocument(report), {
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
    noun: 'sections',
    fullText: fullTextPointer(
      `cogfed diff --base ${report.ref} --format markdown`,
      options.outputFull,
    ),
  });
}

/** The complete comment, never shortened: what `--output-full` writes. */
export function renderMarkdownFull(report: DiffReport): string {
  return joinDocument(markdownDocument(report));
}

function markdownDocument(report: DiffReport): CommentDocument {
  const head = [`## ${text(headline(report))}\n`];
  const open = unaccepted(report);
  const codes = [...new Set(open.map((h) => h.code))];
  if (open.length > 0) {
    head.push(
      `> [!CAUTION]\n> **${open.length} blocking hazard${open.length === 1 ? '' : 's'} not accepted** (${codes.map(code).join(', ')}). If this is intended, run \`cogfed diff\` with ${code(`--accept ${codes.join(',')}`)}.\n`,
    );
  } else {
    head.push(
      report.hazards.length > 0
        ? '**No blocking hazards** (warnings below).\n'
        : '**No hazards.**\n',
    );
  }
  const sections: CommentSection[] = [];
  const notes = baseNotesMarkdown(report);
  // Many findings at the base make a long note; shortened, its first line says which files and why.
  if (notes)
    sections.push({ full: notes, short: `${notes.split('\n')[0]}\n${notes.split('\n')[1]}\n` });
  if (report.hazards.length > 0) sections.push(hazardSection(report.hazards));
  for (const stack of report.stacks) sections.push(stackSection(stack));
  const tail = `<sub>Hazard codes: ${[...new Set(report.hazards.map((h) => h.code))].map((c) => `${code(c)} (${hazardKind(c).severity})`).join(', ') || 'none'}.</sub>\n`;
  return { head: head.join('\n'), sections, tail, joiner: '\n' };
}

function hazardSection(hazards: readonly ReportedHazard[]): CommentSection {
  const rows = hazards.map((h) => [
    h.severity === 'blocking'
      ? h.accepted
        ? `blocking (accepted${h.acceptReason ? `: ${text(h.acceptReason)}` : ''})`
        : '**blocking**'
      : 'warning',
    code(h.code),
    code(`${h.file}:${h.line}`),
    `${text(h.message)}<br>Fix: ${text(h.hint)}`,
  ]);
  // Shortened: how many of each code, and where (the annotations on the files say the rest).
  const byCode = [...new Set(hazards.map((h) => h.code))].map((c) => {
    const these = hazards.filter((h) => h.code === c);
    const where = [...new Set(these.map((h) => `${h.file}:${h.line}`))];
    return `- ${code(c)} (${hazardKind(c).severity}): ${these.length}, at ${where.slice(0, 10).map(code).join(', ')}${where.length > 10 ? ` and ${where.length - 10} more` : ''}\n`;
  });
  return {
    full: `### Hazards\n\n${table(['Severity', 'Code', 'Where', 'What happens'], rows)}`,
    short: `### Hazards (summary)\n\n${byCode.join('')}`,
  };
}

function stackSection(stack: StackReport): CommentSection {
  const heading = `### ${text(stackLine(stack))}\n`;
  const outputs = stack.changes.filter((c) => c.kind === 'output');
  const rest = stack.changes.filter((c) => c.kind !== 'output');
  const parts = [heading];
  const lines = [...moveLines(stack), ...changeLines(rest)];
  if (lines.length > FOLD_LINES)
    parts.push(folded(`${lines.length} lines of changes`, fenced('diff', lines.join('\n'))));
  else if (lines.length > 0) parts.push(fenced('diff', lines.join('\n')));
  if (outputs.length > 0)
    parts.push(
      folded(
        `Stack outputs: ${describeOutputs(outputs)}`,
        fenced('diff', changeLines(outputs).join('\n')),
      ),
    );
  const short =
    stack.changes.length > 0
      ? `${heading}\n${stack.changes.length} change${stack.changes.length === 1 ? '' : 's'}, not shown.\n`
      : heading;
  // Too long whole: its first lines (resources in address order, then the outputs), as many as fit, and a count of the rest.
  const all = [...lines, ...changeLines(outputs)];
  const partial = (room: number): string | undefined => {
    const rest = (n: number) => `${n} more line${n === 1 ? '' : 's'} not shown.\n`;
    let size = heading.length + 1 + rest(all.length).length + 16;
    let kept = 0;
    for (const line of all) {
      if (size + line.length + 1 > room) break;
      size += line.length + 1;
      kept++;
    }
    if (kept === 0) return undefined;
    const shown = fenced('diff', all.slice(0, kept).join('\n'));
    const text = `${heading}\n${shown}\n${rest(all.length - kept)}`;
    return text.length <= room ? text : undefined;
  };
  return { full: parts.join('\n'), short, partial };
}

function describeOutputs(outputs: readonly EntryChange[]): string {
  const by = (action: EntryChange['action']) => outputs.filter((o) => o.action === action).length;
  return [
    by('create') && `${by('create')} added`,
    (by('update') || by('replace')) && `${by('update') + by('replace')} changed`,
    by('destroy') && `${by('destroy')} removed`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** A `<details>` block; the blank lines let GitHub render the Markdown inside it. */
function folded(summary: string, body: string): string {
  return `<details><summary>${text(summary)}</summary>\n\n${body}\n</details>\n`;
}

function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}\n`;
}
