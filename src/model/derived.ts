import type { Pool } from './model';

/**
 * Settings that compile derives from the model and no YAML key sets. They
 * live here, not in `src/compile`, because `cogfed import` (which must not
 * load CDKTF) needs the same answers to tell whether a live pool already
 * matches what cogfed would write.
 */

/**
 * How users recover a forgotten password: by a verified channel they sign in
 * with (or have verified), email first. AWS refuses some combinations, so
 * they are left out rather than failing the apply:
 * - with SMS MFA, the phone cannot be a recovery channel ("Account Recovery
 *   Setting cannot use verified_phone_number as a recovery mechanism when SMS
 *   MFA is configured", https://github.com/aws/aws-cdk/issues/11478);
 * - with email MFA, recovery cannot be by email alone
 *   (https://github.com/hashicorp/terraform-provider-aws/issues/41049; AWS:
 *   "Email MFA is also disqualifying for account recovery with email",
 *   CreateUserPool AccountRecoverySetting).
 * With no channel left, only an administrator can reset a password
 * (`admin_only`, which AWS allows only alone).
 */
export function recoveryMechanisms(pool: Pool): Array<{ name: string; priority: number }> {
  const channels = new Set([...pool.usernameAttributes, ...pool.autoVerifiedAttributes]);
  let mechanisms = [
    ...(channels.has('email') ? ['verified_email'] : []),
    ...(channels.has('phone_number') && !pool.mfa.sms ? ['verified_phone_number'] : []),
  ];
  if (pool.mfa.email && mechanisms.length === 1 && mechanisms[0] === 'verified_email')
    mechanisms = [];
  if (mechanisms.length === 0) mechanisms = ['admin_only'];
  return mechanisms.map((name, index) => ({ name, priority: index + 1 }));
}
