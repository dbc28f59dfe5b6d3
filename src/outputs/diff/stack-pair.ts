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
  changes: EntryChange[];
  /** For a removed stack: the stack that took its file's place, if any (a renamed `stack:`). */
  renamedTo?: string;
}
