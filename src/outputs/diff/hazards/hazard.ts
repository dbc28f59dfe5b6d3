import type { NodePath } from '../../../load/diagnostic';
import type { Target } from '../../../load/source';
import type { HazardContext } from './context';

/**
 * Severities:
 * - blocking: the change loses user data, or cuts users off from their
 *   accounts, or is known to fail at apply. `diff` exits 1 unless the code is
 *   accepted with `--accept CODE`.
 * - warning: the change breaks something that can be repaired (an app's
 *   client id, an IdP's registered redirect URI); printed, exit 0.
 */
export type HazardSeverity = 'blocking' | 'warning';

/** What a detector reports; the registry stamps the code, severity, stack and file. */
export interface HazardFinding {
  /** What the hazard is about, stable across edits (`customers`, `customers/ScalekitIdPRouter`): with the code, the hazard's identity. */
  subject: string;
  /** YAML path in the head file of the node the change is about (the nearest node that still exists). */
  path: NodePath;
  target?: Target;
  message: string;
  hint: string;
}

/**
 * One hazard: a stable code, its severity, one line saying what it is, and
 * how `cogfed diff` detects it. A hazard only a real plan can show (drift, a
 * resource the YAML does not know) has no `detect`: `cogfed plan`
 * (src/outputs/plan/hazards.ts) raises it, under the same code and severity.
 */
export interface HazardDefinition<C extends string = string> {
  code: C;
  severity: HazardSeverity;
  description: string;
  /** `plan`: only `cogfed plan` can see it. */
  seenBy?: 'diff and plan' | 'plan';
  detect?(context: HazardContext): HazardFinding[];
}

export function defineHazard<const C extends string>(
  hazard: HazardDefinition<C>,
): HazardDefinition<C> {
  return hazard;
}
