import type { Diagnostic } from '../../load/diagnostic';
import type { Hazard } from '../diff/hazards';
import type { YamlObject } from './addresses';
import type { PlanAttribute } from './attributes';
import type { PlanAction } from './plan-json';

/** Where an entry or hazard points in the YAML. */
export interface YamlLocation {
  file: string;
  line: number;
  col: number;
  end?: { line: number; col: number };
  /** Dotted YAML path (`userPools.customers.signIn.usernameAttributes`). */
  pointer: string;
}

/** Evidence that a change reverts an edit made outside Terraform. */
export interface DriftFinding {
  /** Arguments the plan changes although the YAML did not change them (Terraform paths). */
  attributes: string[];
  /**
   * `refresh`: Terraform's refresh saw the object differ from the state (`resource_drift`).
   * `base`: the YAML at the base ref compiles to the same arguments as the head.
   */
  evidence: Array<'refresh' | 'base'>;
  /** The object was deleted outside Terraform; the plan creates it again. */
  deleted?: boolean;
}

/** One resource instance of a plan, mapped to the YAML that produces it. */
export interface PlanEntry {
  address: string;
  /** Moved from this address (a `moved` block, or a refactoring). */
  movedFrom?: string;
  /** The key of a deposed object: an older instance left by a failed create-before-destroy. */
  deposed?: string;
  mode: 'managed' | 'data';
  type: string;
  action: PlanAction;
  order?: 'destroy-first' | 'create-first';
  /** Terraform's `action_reason`, in words. */
  reason?: string;
  /** Imported by an `import` block, with this import id. */
  importId?: string;
  /** What changes (update, replace). */
  attributes: PlanAttribute[];
  /** The object before and after, as the plan has them, with every sensitive value replaced by "(sensitive)". */
  before: unknown;
  after: unknown;
  /** The YAML object behind it; absent when the YAML does not describe it. */
  object?: YamlObject;
  location?: YamlLocation;
  /** Why the YAML does not know it: it is in the configuration Terraform read, or only in the state. */
  unknown?: 'configuration' | 'state';
  /** With `--base`: the base YAML describes it (the change removes it from the YAML). */
  inBase?: boolean;
  /** With `--base`, for an entry the head YAML lacks: the base YAML object that described it. */
  baseObject?: YamlObject;
  drift?: DriftFinding;
}

export interface StackPlanReport {
  stack: string;
  /** The YAML file of the stack. */
  file: string;
  /** The plan file, as named. */
  planFile: string;
  formatVersion: string;
  terraformVersion?: string;
  errored: boolean;
  applyable?: boolean;
  /** Every resource instance the plan lists, in address order (no-ops included). */
  entries: PlanEntry[];
  /** The plan's configuration is not what the YAML compiles to. */
  mismatch?: { missing: string[]; differing: Array<{ address: string; attributes: string[] }> };
}

export interface ReportedPlanHazard extends Hazard {
  accepted: boolean;
  /** Why it was accepted (`--accept CODE=REASON`). */
  reason?: string;
  line: number;
  col: number;
  end?: { line: number; col: number };
}

export interface PlanReport {
  stacks: StackPlanReport[];
  hazards: ReportedPlanHazard[];
  /** The git ref whose YAML told drift from change (`--base`). */
  base?: { ref: string; commit: string };
}

export const COUNTED = [
  'create',
  'update',
  'replace',
  'destroy',
  'import',
  'move',
  'forget',
] as const;
export type Counted = (typeof COUNTED)[number];

/** Managed resources per action, as Terraform's "Plan:" line (imports and moves counted on their own, as Terraform 1.5+ does). */
export function counts(entries: readonly PlanEntry[]): Record<Counted | 'unchanged', number> {
  const result = {
    create: 0,
    update: 0,
    replace: 0,
    destroy: 0,
    import: 0,
    move: 0,
    forget: 0,
    unchanged: 0,
  };
  for (const entry of entries) {
    if (entry.mode !== 'managed') continue;
    if (entry.importId !== undefined) result.import++;
    if (entry.movedFrom !== undefined) result.move++;
    if (entry.action === 'no-op') result.unchanged++;
    else if (entry.action !== 'read') result[entry.action]++;
  }
  return result;
}

/** Blocking hazards no `--accept` covers: these make `plan` exit 1. */
export function unaccepted(report: PlanReport): ReportedPlanHazard[] {
  return report.hazards.filter((h) => h.severity === 'blocking' && !h.accepted);
}

/** Hazards as diagnostics for the shared text / GitHub / SARIF formatters; an accepted blocking hazard is a warning that says who accepted it and why. */
export function hazardDiagnostics(report: PlanReport): Diagnostic[] {
  return report.hazards.map((h) => ({
    file: h.file,
    line: h.line,
    col: h.col,
    ...(h.end ? { end: h.end } : {}),
    severity: h.severity === 'blocking' && !h.accepted ? 'error' : 'warning',
    code: h.code,
    message: `${h.message}${h.accepted ? ` [${acceptedNote(h)}]` : ''}`,
    hint: h.hint,
    pointer: `${h.stack}:${h.subject}`,
  }));
}

export function acceptedNote(h: ReportedPlanHazard): string {
  return `accepted: --accept ${h.code}${h.reason ? `, reason: ${h.reason}` : ', no reason given'}`;
}
