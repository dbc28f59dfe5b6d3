import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';
import { hintWithSuggestion, listOf } from './suggest';
import { STANDARD_ATTRIBUTES } from './vocabulary';

const CUSTOM_PREFIX = 'custom:';

export const attributeMappingKey = defineRule({
  code: 'attribute-mapping-key',
  description:
    'An attribute mapping key is a standard user pool attribute, `username`, or `custom:<name>` of a declared custom attribute ' +
    "(all of which fit AWS's 1-32 characters).",
  source:
    'docs/aws-limits.md#attribute-mapping (keys: 1-32 characters); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-AttributeMapping; ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html',
  part: 'provider',
  reads: ['attributeMapping.@keys', 'pool:customAttributes.@keys'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, provider, path } of providers(file)) {
      const declared = Object.keys(pool.customAttributes ?? {});
      const allowed = [
        ...STANDARD_ATTRIBUTES,
        'username',
        ...declared.map((n) => `${CUSTOM_PREFIX}${n}`),
      ];
      for (const key of Object.keys(provider.attributeMapping ?? {})) {
        if (allowed.includes(key)) continue;
        const at = [...path, 'attributeMapping', key];
        if (key.startsWith(CUSTOM_PREFIX)) {
          const name = key.slice(CUSTOM_PREFIX.length);
          out.push({
            path: at,
            target: 'key',
            message: `a mapped custom attribute must be declared in the pool's \`customAttributes\`; received ${received(key)}, and the pool declares ${listOf(declared.map((n) => `${CUSTOM_PREFIX}${n}`))}`,
            hint: hintWithSuggestion(
              key,
              allowed,
              `declare \`${name}\` under \`customAttributes\` (custom attributes cannot be removed once the pool exists)`,
            ),
          });
          continue;
        }
        out.push({
          path: at,
          target: 'key',
          message: `an attribute mapping key is a standard user pool attribute (${STANDARD_ATTRIBUTES.join(', ')}), \`username\`, or \`custom:<declared attribute>\`; received ${received(key)}`,
          hint: hintWithSuggestion(
            key,
            allowed,
            "use a user pool attribute as the key; the value is the provider's claim",
          ),
        });
      }
    }
    return out;
  },
});
