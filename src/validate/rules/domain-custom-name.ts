import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
/** The Terraform provider checks aws_cognito_user_pool_domain.domain for 1..63 characters, custom names included. */
const MAX_LENGTH = 63;

export const domainCustomName = defineRule({
  code: 'domain-custom-name',
  description:
    'A custom domain name is a fully qualified, lower-case host name (letters, digits and hyphens in dot-separated labels) of at most 63 characters.',
  source:
    'docs/aws-limits.md#custom-domains (Domain is the FQDN, e.g. auth.example.com; ' +
    'the provider limits it to 1-63 characters); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolDomain.html#CognitoUserPools-CreateUserPoolDomain-request-Domain',
  part: 'pool',
  reads: ['domain.custom.name'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const name = pool.domain?.custom?.name;
      if (name === undefined) continue;
      if (name.length <= MAX_LENGTH && HOST.test(name)) continue;
      const tooLong = name.length > MAX_LENGTH ? `, which is ${name.length} characters long` : '';
      out.push({
        path: [...path, 'domain', 'custom', 'name'],
        message: `a custom domain name is a fully qualified lower-case host name of at most ${MAX_LENGTH} characters, e.g. \`login.example.com\`; received ${received(name)}${tooLong}`,
        hint: 'write the host name only: lower case, no scheme, no path, no trailing dot',
      });
    }
    return out;
  },
});
