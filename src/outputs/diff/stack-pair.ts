import type { SourceFile } from '../../load/source';
import type { Model } from '../../model/model';
import type { EntryChange } from './compare';
import type { TerraformJson } from './terraform';

/** One side of a stack: the model, its synthesized JSON, and the file it came from. */
export interface StackSide {
  model: Model;
  json: TerraformJson;
  /** The file as the user names it (relative to where cogfed runs). */
  file: string;
  /** Head side only: the parsed YAML, to point annotations at a line. */
  source?: SourceFile;
}

export interface StackPair {
  stack: string;
  base?: StackSide;
  head?: StackSide;
  /** What the head does to the base (stack-pairing.ts): for a state that moved, what Terraform plans in the new, empty state. */
  changes: EntryChange[];
}
