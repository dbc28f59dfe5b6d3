import type { RuleFinding } from './rule';
import { defineRule, pools } from './rule';

export const mfaConfig = defineRule({
  code: 'mfa-config',
  description:
    'MFA mode `optional`/`required` has at least one method, methods need a mode other than `off`, `sms` needs `mfa.sms`, ' +
    "and `email` needs the pool's `email` (SES) and a tier other than lite.",
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SetUserPoolMfaConfig.html; ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html (email MFA needs Essentials and DEVELOPER email sending through SES); ' +
    'docs/aws-limits.md#multi-factor-authentication',
  part: 'pool',
  reads: ['mfa', 'email', 'tier'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const mfa = pool.mfa;
      if (!mfa) continue;
      const at = [...path, 'mfa'];
      const mode = mfa.mode ?? 'off';
      const methods = mfa.methods ?? [];
      if (mode !== 'off' && methods.length === 0) {
        out.push({
          path: mfa.methods ? [...at, 'methods'] : [...at, 'mode'],
          message: `MFA mode \`${mode}\` needs at least one method (totp, sms or email); received none`,
          hint: 'add `methods: [totp]` (authenticator apps need no other setup)',
        });
      }
      if (mode === 'off' && methods.length > 0) {
        out.push({
          path: [...at, 'methods'],
          message: `MFA methods take effect only with mode \`optional\` or \`required\`; received methods with mode \`off\`${mfa.mode === undefined ? ' (the default)' : ''}`,
          hint: 'set `mode: optional` (users choose) or `mode: required`, or remove `methods`',
        });
      }
      methods.forEach((method, index) => {
        const item = [...at, 'methods', index];
        if (method === 'sms' && !mfa.sms) {
          out.push({
            path: item,
            message:
              'SMS MFA needs `mfa.sms`: the IAM role Cognito assumes to send SMS through SNS; received no `mfa.sms`',
            hint: 'add `sms: { snsCallerArn: <role ARN>, externalId: <id> }` under `mfa`, or remove `sms`',
          });
        }
        if (method === 'email' && !pool.email) {
          out.push({
            path: item,
            message:
              "email MFA needs the pool to send email through Amazon SES (the pool's `email`); received no `email`",
            hint: 'add `email: { sesSourceArn: <verified SES identity ARN> }` to the pool, or remove `email` from the methods',
          });
        }
        if (method === 'email' && pool.tier === 'lite') {
          out.push({
            path: item,
            message: "email MFA needs the essentials or plus tier; the pool's tier is `lite`",
            hint: 'set `tier: essentials`, or use `totp` instead',
          });
        }
      });
    }
    return out;
  },
});
