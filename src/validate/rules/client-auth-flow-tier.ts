import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

export const clientAuthFlowTier = defineRule({
  code: 'client-auth-flow-tier',
  description:
    'The `user-auth` flow (`ALLOW_USER_AUTH`, choice-based sign-in) needs the essentials or plus tier, not lite.',
  source:
    'docs/aws-limits.md#authentication-flows (ALLOW_USER_AUTH needs the Essentials plan or higher); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html',
  part: 'client',
  reads: ['authFlows', 'pool:tier'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, client, path } of clients(file)) {
      const index = (client.authFlows ?? []).indexOf('user-auth');
      if (index < 0 || pool.tier !== 'lite') continue;
      out.push({
        path: [...path, 'authFlows', index],
        message:
          "the `user-auth` flow (choice-based sign-in) needs the essentials or plus tier; the pool's tier is `lite`",
        hint: "remove `user-auth`, or set the pool's `tier: essentials`",
      });
    }
    return out;
  },
});
