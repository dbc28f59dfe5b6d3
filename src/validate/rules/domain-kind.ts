import type { RuleFinding } from './rule';
import { defineRule, pools } from './rule';

export const domainKind = defineRule({
  code: 'domain-kind',
  description:
    'A domain has exactly one of `prefix` (Cognito-hosted) or `custom` (your own name and certificate).',
  source:
    'docs/aws-limits.md#custom-domains (a pool signs in on a prefix domain or a custom domain); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolDomain.html',
  part: 'pool',
  reads: ['domain.prefix', 'domain.custom'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const domain = pool.domain;
      if (!domain) continue;
      const hasPrefix = domain.prefix !== undefined;
      const hasCustom = domain.custom !== undefined;
      if (hasPrefix !== hasCustom) continue;
      out.push({
        path: [...path, 'domain'],
        message: `a domain has exactly one of \`prefix\` or \`custom\`; received ${hasPrefix ? 'both' : 'neither'}`,
        hint: hasPrefix
          ? 'keep `prefix` for `https://<prefix>.auth.<region>.amazoncognito.com`, or `custom` for your own host name, not both'
          : 'add `prefix: <name>` for a Cognito-hosted domain, or `custom: { name, certificateArn }` for your own',
      });
    }
    return out;
  },
});
