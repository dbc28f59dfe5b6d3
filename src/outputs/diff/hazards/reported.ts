import type { NodePath } from '../../../load/diagnostic';
import type { Target } from '../../../load/source';
import type { HazardCode } from '.';
import type { HazardSeverity } from './hazard';

export interface Hazard {
  code: HazardCode;
  severity: HazardSeverity;
  stack: string;
  /** The head file, or the base file for a stack that is gone. */
  file: string;
  /** YAML path in the head file of the node the change is about (the nearest node that still exists). */
  path: NodePath;
  target?: Target;
  /** What the hazard is about, stable across edits (`customers`, `customers/ScalekitIdPRouter`): with the code, the hazard's identity. */
  subject: string;
  message: string;
  hint: string;
}
