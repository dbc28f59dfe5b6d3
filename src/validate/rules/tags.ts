import { defineRule } from './rule';
import type { RuleFinding } from './rule';
import { received } from '../finding';

const MAX_KEY = 128;
const MAX_VALUE = 256;

export const tags = defineRule({
  code: 'tags',
  description:
    'Tag keys are 1-128 characters and do not start with `aws:`; tag values are at most 256 characters.',
  source:
    'docs/aws-limits.md#tags; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-UserPoolTags (keys 1-128, values 0-256); ' +
    'https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html (the `aws:` prefix is reserved for AWS)',
  part: 'file',
  reads: ['aws.tags'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const [key, value] of Object.entries(file.aws.tags ?? {})) {
      const at = ['aws', 'tags', key];
      if (key.length === 0 || key.length > MAX_KEY) {
        out.push({
          path: at,
          target: 'key',
          message: `a tag key is 1-${MAX_KEY} characters; received ${key.length} characters`,
          hint: 'shorten the key',
        });
      } else if (key.toLowerCase().startsWith('aws:')) {
        out.push({
          path: at,
          target: 'key',
          message: `tag keys starting with \`aws:\` are reserved for AWS; received ${received(key)}`,
          hint: 'use your own prefix, e.g. `acme:cost-center`',
        });
      }
      if (value.length > MAX_VALUE) {
        out.push({
          path: at,
          message: `a tag value is at most ${MAX_VALUE} characters; received ${value.length} characters`,
          hint: 'shorten the value',
        });
      }
    }
    return out;
  },
});
