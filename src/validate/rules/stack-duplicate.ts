import { defineCrossFileRule } from './rule';
import type { CrossFileRule } from './rule';

export const stackDuplicate = defineCrossFileRule({
  code: 'stack-duplicate',
  description:
    'Stack names are unique across all files: each is one Terraform state and one output folder.',
  source:
    'docs/aws-limits.md#stacks-and-state (one stack is one output folder and one state); ' +
    'https://developer.hashicorp.com/terraform/cdktf/concepts/stacks',
  reads: ['stack'],
  checkAll(files) {
    const firstByName = new Map<string, string>();
    const out: ReturnType<CrossFileRule['checkAll']> = [];
    for (const { source, config } of files) {
      const first = firstByName.get(config.stack);
      if (first === undefined) {
        firstByName.set(config.stack, source.path);
        continue;
      }
      out.push({
        source,
        finding: {
          path: ['stack'],
          message: `stack \`${config.stack}\` is already defined in ${first}; two files would write the same state and output folder`,
          hint: 'give each file its own stack name',
        },
      });
    }
    return out;
  },
});
