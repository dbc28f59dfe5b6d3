import { defineRule } from './rule';
import { received } from '../finding';

const STACK_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export const stackName = defineRule({
  code: 'stack-name',
  description:
    'A stack name is 1-63 characters: a lower-case letter, then lower-case letters, digits and hyphens.',
  source:
    'docs/aws-limits.md#stacks-and-state (it names the output folder and the Terraform state key); ' +
    'https://developer.hashicorp.com/terraform/language/backend/s3',
  part: 'file',
  reads: ['stack'],
  check(file) {
    if (STACK_NAME.test(file.stack)) return [];
    return [
      {
        path: ['stack'],
        message: `a stack name matches [a-z][a-z0-9-]{0,62}; received ${received(file.stack)}`,
        hint: 'use lower-case letters, digits and hyphens, starting with a letter, e.g. `acme-prod`',
      },
    ];
  },
});
