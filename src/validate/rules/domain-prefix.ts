import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const RESERVED_WORDS = ['aws', 'amazon', 'cognito'];

export const domainPrefix = defineRule({
  code: 'domain-prefix',
  description:
    'A domain prefix is 1-63 lower-case letters, digits and inner hyphens, and contains none of `aws`, `amazon`, `cognito`.',
  source:
    'docs/aws-limits.md#prefix-domains (pattern `^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$`; ' +
    'console text: "You can\'t use the text aws, amazon, or cognito in the domain prefix"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html',
  part: 'pool',
  reads: ['domain.prefix'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const prefix = pool.domain?.prefix;
      if (prefix === undefined) continue;
      const at = [...path, 'domain', 'prefix'];
      if (!PREFIX.test(prefix)) {
        out.push({
          path: at,
          message: `a domain prefix is 1-63 lower-case letters, digits and hyphens, starting and ending with a letter or digit; received ${received(prefix)}`,
          hint: 'e.g. `acme-login`; the prefix becomes `https://<prefix>.auth.<region>.amazoncognito.com`',
        });
      }
      const word = RESERVED_WORDS.find((w) => prefix.toLowerCase().includes(w));
      if (word) {
        out.push({
          path: at,
          message: `a domain prefix must not contain the text \`aws\`, \`amazon\` or \`cognito\`; received ${received(prefix)}, which contains \`${word}\``,
          hint: 'choose a prefix without those words, e.g. your company and app name',
        });
      }
    }
    return out;
  },
});
