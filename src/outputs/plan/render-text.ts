import { formatText } from '../format/text';
import { PlanAttribute, showPlanValue as showValue } from './attributes';
import {
  counts,
  hazardDiagnostics,
  PlanEntry,
  PlanReport,
  StackPlanReport,
  unaccepted,
} from './report';

const SYMBOL = {
  create: '+',
  destroy: '-',
  update: '~',
  replace: '-/+',
  read: '<=',
  'no-op': ' ',
  forget: '.',
} as const;

/** The plain report: per stack, every change in Terraform's notation with the YAML line behind it; then the hazards in compiler style; then the verdict. */
export function renderText(report: PlanReport): string {
  const out = [`${headline(report)}\n`];
  for (const stack of report.stacks) {
    out.push(`\n${stackLine(stack)}\n`);
    for (const note of stackNotes(stack)) out.push(`  ! ${note}\n`);
    out.push(...entryLines(stack).map((l) => `  ${l}\n`));
  }
  if (report.hazards.length > 0) out.push(`\nhazards:\n${formatText(hazardDiagnostics(report))}`);
  out.push(`\n${verdict(report)}\n`);
  return out.join('');
}

export function headline(report: PlanReport): string {
  const base = report.base
    ? `; drift told from change by the YAML at ${report.base.ref} (${report.base.commit.slice(0, 12)})`
    : '';
  return `cogfed plan: ${report.stacks.length} plan${report.stacks.length === 1 ? '' : 's'} (${report.stacks.map((s) => s.stack).join(', ')})${base}`;
}

export function stackLine(stack: StackPlanReport): string {
  return `stack ${stack.stack} (${stack.file}; plan ${stack.planFile}, Terraform ${stack.terraformVersion ?? 'unknown'}, format ${stack.formatVersion}): ${tally(stack)}`;
}

export function tally(stack: StackPlanReport): string {
  const c = counts(stack.entries);
  const parts = [
    `${c.create} to create`,
    `${c.update} to update`,
    `${c.replace} to replace`,
    `${c.destroy} to destroy`,
    `${c.import} to import`,
    `${c.move} to move`,
  ];
  if (c.forget) parts.push(`${c.forget} to forget`);
  return `${parts.join(', ')}; ${c.unchanged} unchanged`;
}

/** What a reader must know about the plan as a whole. */
export function stackNotes(stack: StackPlanReport): string[] {
  const notes: string[] = [];
  if (stack.errored)
    notes.push(
      'Terraform stopped this plan at an error: it is incomplete, lists only what was planned before the error, and cannot be applied',
    );
  else if (stack.applyable === false) notes.push('Terraform marks this plan as not applyable');
  const unknown = stack.entries.filter((e) => !e.object && e.action !== 'no-op' && !e.inBase);
  if (unknown.length) {
    const told = stack.entries.some((e) => e.inBase !== undefined);
    notes.push(
      `${unknown.length} change${unknown.length === 1 ? '' : 's'} to resources the YAML does not describe (marked "not in the YAML")${told ? '' : ': removed from the YAML by this change, or never in it (--base tells which)'}`,
    );
  }
  return notes;
}

/** Changed entries, one line each (action, address, why, YAML line), then one line per changed argument. Unchanged resources are counted, not listed, unless imported or moved. */
export function entryLines(stack: StackPlanReport): string[] {
  const lines: string[] = [];
  for (const entry of stack.entries) {
    if (
      entry.action === 'no-op' &&
      entry.importId === undefined &&
      entry.movedFrom === undefined &&
      !(entry.unknown === 'configuration')
    )
      continue;
    lines.push(entryLine(entry));
    for (const attribute of entry.attributes)
      lines.push(`      ${attributeLine(attribute, entry)}`);
  }
  return lines;
}

export function entryLine(entry: PlanEntry): string {
  const notes: string[] = [];
  if (entry.action === 'replace')
    notes.push(entry.order === 'create-first' ? 'replace, create before destroy' : 'replace');
  if (entry.importId !== undefined) notes.push(`import ${entry.importId}`);
  if (entry.movedFrom) notes.push(`moved from ${entry.movedFrom}`);
  if (entry.deposed)
    notes.push(`deposed object ${entry.deposed}, left by a failed create-before-destroy`);
  if (entry.reason && entry.action !== 'update') notes.push(`because ${entry.reason}`);
  if (entry.drift)
    notes.push(
      entry.drift.deleted
        ? 'deleted outside Terraform'
        : `reverts an edit outside Terraform: ${entry.drift.attributes.join(', ')}`,
    );
  const where = entry.location
    ? `${entry.location.file}:${entry.location.line}:${entry.location.col} ${entry.location.pointer}`
    : entry.unknown === 'configuration'
      ? 'not in the YAML (in the configuration)'
      : entry.inBase
        ? 'not in the YAML (removed by this change)'
        : 'not in the YAML';
  const symbol = SYMBOL[entry.action];
  return `${symbol === ' ' ? '=' : symbol} ${entry.address}${notes.length ? ` (${notes.join('; ')})` : ''}  <- ${where}`;
}

function attributeLine(a: PlanAttribute, entry: PlanEntry): string {
  const tags = [
    a.forcesReplacement ? 'forces replacement' : '',
    entry.drift?.attributes.includes(a.path) ? 'the YAML did not change this' : '',
  ].filter(Boolean);
  const tag = tags.length ? `  # ${tags.join('; ')}` : '';
  if (a.sensitive) return `~ ${a.path}: (sensitive value)${tag}`;
  if (a.unknownAfter)
    return `~ ${a.path}: ${showValue(a.path, a.before)} → (known after apply)${tag}`;
  if (a.before === undefined && a.after === undefined) return `~ ${a.path}${tag}`;
  if (a.before === undefined) return `+ ${a.path}: ${showValue(a.path, a.after)}${tag}`;
  if (a.after === undefined) return `- ${a.path}: ${showValue(a.path, a.before)}${tag}`;
  return `~ ${a.path}: ${showValue(a.path, a.before)} → ${showValue(a.path, a.after)}${tag}`;
}

export function verdict(report: PlanReport): string {
  const open = unaccepted(report);
  const accepted = report.hazards.filter((h) => h.severity === 'blocking' && h.accepted).length;
  const warnings = report.hazards.filter((h) => h.severity === 'warning').length;
  const codes = [...new Set(open.map((h) => h.code))];
  const parts = [
    open.length
      ? `${open.length} blocking hazard${open.length === 1 ? '' : 's'} not accepted (${codes.join(', ')})`
      : 'no blocking hazards',
    ...(accepted ? [`${accepted} accepted`] : []),
    `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  return `cogfed plan: ${parts.join(', ')}${open.length ? `; to apply anyway: ${codes.map((c) => `--accept ${c}="<reason>"`).join(' ')}` : ''}`;
}
