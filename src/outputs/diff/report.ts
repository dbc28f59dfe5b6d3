import type { Diagnostic } from '../../load/diagnostic';
import type { EntryChange } from './compare';
import type { Move } from './moves';
import { acceptedNote } from './accept';
import type { BaseProblems } from './base-side';
import type { Hazard } from './hazards';

/** `uncompared`: the file does not validate at the base (BaseProblems), so there is nothing to compare it with. */
export type StackStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'uncompared';

export interface StackReport {
  stack: string;
  /** The head file (absent for a removed stack). */
  file?: string;
  /** The file at the base (absent for an added stack). */
  baseFile?: string;
  /** The stack's name at the base, when the head renamed it (same state, or a new one: `newState`). */
  renamedFrom?: string;
  /** The head reads another state than the base (backend-changed): `changes` is what Terraform plans in the new, empty state. */
  newState?: boolean;
  status: StackStatus;
  changes: EntryChange[];
  /** Keys renamed with `renamedFrom`: state moved by `moved` blocks, not destroyed. */
  moves?: Move[];
  /** What the author should know about those renames. */
  notes?: string[];
}

export interface ReportedHazard extends Hazard {
  accepted: boolean;
  /** Why, as the author said with `--accept CODE=REASON`. */
  acceptReason?: string;
  /** Where the annotation goes: the head file's YAML node, else line 1. */
  line: number;
  col: number;
  end?: { line: number; col: number };
}

export interface DiffReport {
  ref: string;
  commit: string;
  stacks: StackReport[];
  hazards: ReportedHazard[];
  /** Base files that do not validate: not compared, their errors reported as notes. */
  baseProblems?: BaseProblems;
}

/** Managed resources by action, as Terraform's "Plan:" line counts them (data sources, variables and outputs are listed, not counted). */
export function counts(
  changes: readonly EntryChange[],
): Record<'create' | 'update' | 'replace' | 'destroy', number> {
  const result = { create: 0, update: 0, replace: 0, destroy: 0 };
  for (const c of changes) if (c.kind === 'resource') result[c.action]++;
  return result;
}

/** Blocking hazards that no `--accept` covers: these make `diff` exit 1. */
export function unaccepted(report: DiffReport): ReportedHazard[] {
  return report.hazards.filter((h) => h.severity === 'blocking' && !h.accepted);
}

/** Hazards as diagnostics, for the shared text / GitHub / SARIF formatters. An accepted blocking hazard is reported as a warning. */
export function hazardDiagnostics(report: DiffReport): Diagnostic[] {
  return report.hazards.map((h) => ({
    file: h.file,
    line: h.line,
    col: h.col,
    ...(h.end ? { end: h.end } : {}),
    severity: h.severity === 'blocking' && !h.accepted ? 'error' : 'warning',
    code: h.code,
    message: `${h.message}${h.accepted ? acceptedNote(h.code, h.acceptReason) : ''}`,
    ...(h.accepted
      ? {
          suppression: {
            justification: h.acceptReason ?? 'accepted with --accept, no reason given',
          },
        }
      : {}),
    hint: h.hint,
    // Stack and subject: stable across edits that move lines, so SARIF fingerprints hold.
    pointer: `${h.stack}:${h.subject}`,
  }));
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Hazards in reading order: by file, line and column, then code and subject (diff's and plan's). */
export function byHazardPosition(
  x: { file: string; line: number; col: number; code: string; subject: string },
  y: { file: string; line: number; col: number; code: string; subject: string },
): number {
  return (
    codeUnitOrder(x.file, y.file) ||
    x.line - y.line ||
    x.col - y.col ||
    codeUnitOrder(x.code, y.code) ||
    codeUnitOrder(x.subject, y.subject)
  );
}
