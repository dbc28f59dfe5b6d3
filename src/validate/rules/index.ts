import type { CrossFileRule, Rule } from './rule';
import { stackDuplicate } from './stack-duplicate';
import { stackName } from './stack-name';

/** Every per-file rule, in the order their findings are listed for one node. */
export const RULES: readonly Rule[] = [stackName];

export const CROSS_FILE_RULES: readonly CrossFileRule[] = [stackDuplicate];
