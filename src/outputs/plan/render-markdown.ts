import { hazardKind } from '../diff/hazard-codes';
import { code, table, text } from '../review/markdown';
import { DEFAULT_MAX_CHARS } from '../format/comment-limit';
import { acceptedNote, PlanReport, unaccepted } from './report';
import { entryLines, headline, stackNotes, tally } from './render-text';

/** Under GitHub's comment limit, with room for what the pipeline adds (format/comment-limit.ts, shared by every Markdown output). */
export const MARKDOWN_LIMIT = DEFAULT_MAX_CHARS;

/**
 * A pull-request comment: the verdict, the hazards as a table, then each
 * stack's changes folded in `<details>`. When that would not fit, the
 * changes are cut stack by stack and the comment says where the full report
 * is (the job log prints it as text).
 */
export function renderMarkdown(report: PlanReport, limit = MARKDOWN_LIMIT): string {
  const head: string[] = [`## ${text(headline(report))}\n`];
  const open = unaccepted(report);
  const codes = [...new Set(open.map((h) => h.code))];
  if (open.length > 0) {
    head.push(
      `> [!CAUTION]\n> **${open.length} blocking hazard${open.length === 1 ? '' : 's'} not accepted** (${codes.map(code).join(', ')}). If this is intended, run \`cogfed plan\` with ${code(codes.map((c) => `--accept ${c}="<reason>"`).join(' '))}.\n`,
    );
  } else {
    head.push(
      report.hazards.length > 0
        ? '**No blocking hazards** (warnings below).\n'
        : '**No hazards.**\n',
    );
  }
  head.push(
    report.stacks
      .map(
        (stack) =>
          `- **${text(stack.stack)}** (${code(stack.file)}, plan ${code(stack.planFile)}): ${text(tally(stack))}\n${stackNotes(
            stack,
          )
            .map((note) => `  - ⚠️ ${text(note)}\n`)
            .join('')}`,
      )
      .join(''),
  );
  const tail = `<sub>Hazard codes: ${[...new Set(report.hazards.map((h) => h.code))].map((c) => `${code(c)} (${hazardKind(c).severity})`).join(', ') || 'none'}.</sub>\n`;

  let hazards = '';
  if (report.hazards.length > 0) {
    const rows = report.hazards.map((h) => [
      h.severity === 'blocking' ? (h.accepted ? 'blocking (accepted)' : '**blocking**') : 'warning',
      code(h.code),
      code(`${h.file}:${h.line}`),
      `${text(h.message)}<br>Fix: ${text(h.hint)}${h.accepted ? `<br>${text(acceptedNote(h))}` : ''}`,
    ]);
    hazards = `### Hazards\n\n${table(['Severity', 'Code', 'Where', 'What happens'], rows)}\n`;
  }

  const sections = report.stacks.map((stack) => {
    const lines = entryLines(stack);
    const body = lines.length ? fenced('diff', lines.join('\n')) : 'No changes.\n';
    return {
      stack,
      lines,
      text: `<details><summary>Changes in stack ${text(stack.stack)}: ${text(tally(stack))}</summary>\n\n${body}\n</details>\n`,
    };
  });

  const fixed = head.join('\n') + tail;
  const cutNote =
    '\n> The plan is too long for one comment: the changes above are cut. The full report is in the job log (`cogfed plan --format text`), and as JSON with `--format json`.\n';
  let budget = limit - fixed.length - cutNote.length;
  if (hazards.length > budget) {
    // Even the hazard table does not fit: keep the verdict and one line per hazard code.
    const byCode = [...new Set(report.hazards.map((h) => h.code))]
      .map((c) => `- ${code(c)}: ${report.hazards.filter((h) => h.code === c).length}\n`)
      .join('');
    hazards = `### Hazards (summary)\n\n${byCode}\n`;
  }
  budget -= hazards.length;
  const out = [head.join('\n'), hazards];
  let cut = false;
  for (const section of sections) {
    if (section.text.length <= budget) {
      out.push(section.text);
      budget -= section.text.length;
      continue;
    }
    cut = true;
    // As many lines as fit, then a count of the rest.
    const keep: string[] = [];
    let size = 200;
    for (const line of section.lines) {
      if (size + line.length + 1 > budget) break;
      keep.push(line);
      size += line.length + 1;
    }
    const rest = section.lines.length - keep.length;
    const partial = `<details><summary>Changes in stack ${text(section.stack.stack)}: ${text(tally(section.stack))} (cut)</summary>\n\n${keep.length ? fenced('diff', keep.join('\n')) : ''}\n${rest} more line${rest === 1 ? '' : 's'} not shown.\n</details>\n`;
    if (partial.length <= budget) {
      out.push(partial);
      budget -= partial.length;
    }
  }
  if (cut) out.push(cutNote);
  out.push(tail);
  return out.join('\n');
}

function fenced(language: string, body: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${body}\n${fence}\n`;
}
