import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

/** Apple writes both as 10 upper-case letters and digits (e.g. `AB1C23D4EF`). */
const APPLE_ID = /^[A-Z0-9]{10}$/;

export const appleIds = defineRule({
  code: 'apple-ids',
  description:
    "A Sign in with Apple provider's `teamId` and `keyId` are each 10 upper-case letters and digits.",
  source:
    'https://developer.apple.com/documentation/sign_in_with_apple/generate_and_validate_tokens ("kid: A 10-character key identifier", "iss: ... your 10-character Team ID"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp-apple.html',
  part: 'provider',
  reads: ['type', 'teamId', 'keyId'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file, 'apple')) {
      for (const [key, what, where] of [
        ['teamId', 'Team ID', "the Apple developer account's Membership page"],
        [
          'keyId',
          'Key ID',
          'the Sign in with Apple key under Certificates, Identifiers & Profiles > Keys',
        ],
      ] as const) {
        const value = provider[key];
        if (APPLE_ID.test(value)) continue;
        out.push({
          path: [...path, key],
          message: `an Apple ${what} is 10 upper-case letters and digits; received ${received(value)}`,
          hint: `copy the ${what} from ${where}`,
        });
      }
    }
    return out;
  },
});
