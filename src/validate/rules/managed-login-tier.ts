import type { RuleFinding } from './rule';
import { defineRule, pools } from './rule';

export const managedLoginTier = defineRule({
  code: 'managed-login-tier',
  description:
    'Managed login (`managedLoginVersion: 2`) needs the essentials or plus tier, not lite.',
  source:
    'docs/aws-limits.md#managed-login ("Managed login requires that your user pool be configured for any feature plan other than Lite"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html',
  part: 'pool',
  reads: ['domain.managedLoginVersion', 'tier'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      if (pool.domain?.managedLoginVersion !== 2 || pool.tier !== 'lite') continue;
      out.push({
        path: [...path, 'domain', 'managedLoginVersion'],
        message:
          'managed login (`managedLoginVersion: 2`) needs the essentials or plus tier; received tier `lite`',
        hint: 'set `tier: essentials` (or remove `tier`, the AWS default is essentials), or use `managedLoginVersion: 1` (the classic hosted UI)',
      });
    }
    return out;
  },
});
