import type { PasswordPolicyConfig } from '../config';
import type { RuleFinding } from './rule';
import { defineRule, pools } from './rule';

const RANGES: ReadonlyArray<{
  key: keyof PasswordPolicyConfig;
  min: number;
  max: number;
  what: string;
}> = [
  { key: 'minimumLength', min: 6, max: 99, what: 'the minimum password length' },
  {
    key: 'temporaryPasswordValidityDays',
    min: 0,
    max: 365,
    what: "a temporary password's validity in days",
  },
  { key: 'historySize', min: 0, max: 24, what: 'the password history size' },
];

export const passwordPolicy = defineRule({
  code: 'password-policy',
  description:
    'Password policy: minimumLength 6-99, temporaryPasswordValidityDays 0-365, historySize 0-24 (and history needs a tier other than lite).',
  source:
    'docs/aws-limits.md#password-policy; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_PasswordPolicyType.html (MinimumLength 6-99, TemporaryPasswordValidityDays 0-365, PasswordHistorySize 0-24); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html',
  part: 'pool',
  reads: ['passwordPolicy', 'tier'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const policy = pool.passwordPolicy;
      if (!policy) continue;
      for (const { key, min, max, what } of RANGES) {
        const value = policy[key];
        if (typeof value !== 'number' || (value >= min && value <= max)) continue;
        out.push({
          path: [...path, 'passwordPolicy', key],
          message: `${what} is ${min}-${max}; received ${value}`,
          hint: `use a whole number from ${min} to ${max}`,
        });
      }
      if ((policy.historySize ?? 0) > 0 && pool.tier === 'lite') {
        out.push({
          path: [...path, 'passwordPolicy', 'historySize'],
          message:
            "preventing password reuse (`historySize`) needs the essentials or plus tier; the pool's tier is `lite`",
          hint: 'set `tier: essentials`, or remove `historySize`',
        });
      }
    }
    return out;
  },
});
