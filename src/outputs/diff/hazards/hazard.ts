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

/** One hazard: a stable code, its severity, one line saying what it is, and how it is detected. */
export interface HazardDefinition<C extends string = string> {
  code: C;
  severity: HazardSeverity;
  description: string;
  detect(context: HazardContext): HazardFinding[];
}

export function defineHazard<const C extends string>(hazard: HazardDefinition<C>): HazardDefinition<C> {
  return hazard;
}
