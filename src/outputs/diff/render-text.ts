import { formatText } from '../format/text';
import { AttributeChange, showValue } from './attributes';
import type { EntryChange } from './compare';
import { counts, DiffReport, hazardDiagnostics, StackReport, unaccepted } from './report';

const SYMBOL = { create: '+', destroy: '-', update: '~', replace: '-/+' } as const;

/** The plain report: every stack's changes in Terraform's notation, then the hazards in compiler style, then the verdict. */
export function renderText(report: DiffReport): string {
  const out = [`${headline(report)}\n`];
  for (const stack of report.stacks)
    out.push(
      `\n${stackLine(stack)}\n${changeLines(stack.changes)
        .map((l) => `  ${l}\n`)
        .join('')}`,
    );
  if (report.hazards.length > 0) out.push(`\nhazards:\n${formatText(hazardDiagnostics(report))}`);
  out.push(`\n${verdict(report)}\n`);
  return out.join('');
}

export function headline(report: DiffReport): string {
  const by = (status: string) => report.stacks.filter((s) => s.status === status).length;
  const parts = [
    `${by('changed')} changed`,
    `${by('added')} added`,
    `${by('removed')} removed`,
    `${by('unchanged')} unchanged`,
  ];
  return `cogfed diff against ${report.ref} (${report.commit.slice(0, 12)}): ${report.stacks.length} stack${report.stacks.length === 1 ? '' : 's'}, ${parts.join(', ')}`;
}

export function stackLine(stack: StackReport): string {
  const c = counts(stack.changes);
  const tally = `resources: ${c.create} to create, ${c.update} to update, ${c.replace} to replace, ${c.destroy} to destroy`;
  switch (stack.status) {
    case 'added':
      return `stack ${stack.stack} (${stack.file}): added; ${tally}`;
    case 'removed':
      return `stack ${stack.stack} (${stack.baseFile} at the base): removed; ${tally}`;
    case 'unchanged':
      return `stack ${stack.stack} (${stack.file}): no changes`;
    default:
      return `stack ${stack.stack} (${stack.file}${stack.baseFile !== stack.file ? `, was ${stack.baseFile}` : ''}): ${tally}`;
  }
}

/** One line per entry, and under updates and replacements one line per argument. */
export function changeLines(changes: readonly EntryChange[]): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    lines.push(
      `${SYMBOL[change.action]} ${change.address}${change.action === 'replace' ? ' (replace)' : ''}`,
    );
    for (const attribute of change.attributes) lines.push(`      ${attributeLine(attribute)}`);
  }
  return lines;
}

function attributeLine(a: AttributeChange): string {
  const tag = a.forcesReplacement ? '  # forces replacement' : '';
  if (
    a.before !== undefined &&
    a.after !== undefined &&
    JSON.stringify(a.before) === JSON.stringify(a.after)
  ) {
    return `~ ${a.path}: ${showValue(a.path, a.after)} (known after apply: ${a.reason})${tag}`;
  }
  if (a.before === undefined) return `+ ${a.path}: ${showValue(a.path, a.after)}${tag}`;
  if (a.after === undefined) return `- ${a.path}: ${showValue(a.path, a.before)}${tag}`;
  return `~ ${a.path}: ${showValue(a.path, a.before)} → ${showValue(a.path, a.after)}${tag}`;
}

export function verdict(report: DiffReport): string {
  const open = unaccepted(report);
  const accepted = report.hazards.filter((h) => h.severity === 'blocking' && h.accepted).length;
  const warnings = report.hazards.filter((h) => h.severity === 'warning').length;
  const parts = [
    open.length
      ? `${open.length} blocking hazard${open.length === 1 ? '' : 's'} not accepted (${[...new Set(open.map((h) => h.code))].join(', ')})`
      : 'no blocking hazards',
    ...(accepted ? [`${accepted} accepted`] : []),
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  return `cogfed diff: ${parts.join(', ')}${open.length ? `; to merge anyway: --accept ${[...new Set(open.map((h) => h.code))].join(',')}` : ''}`;
}
