import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

const CUSTOM_PREFIX = 'custom:';

export const attributeMappingImmutable = defineRule({
  code: 'attribute-mapping-immutable',
  description:
    'A custom attribute mapped from an identity provider is mutable: Cognito writes it at every federated sign-in.',
  source:
    'docs/aws-limits.md#attribute-mapping ("Any user pool attribute whose value you map from an IdP attribute must be mutable"); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html',
  part: 'provider',
  reads: ['attributeMapping.@keys', 'pool:customAttributes.*.mutable'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, name, provider, path } of providers(file)) {
      for (const key of Object.keys(provider.attributeMapping ?? {})) {
        if (!key.startsWith(CUSTOM_PREFIX)) continue;
        const attribute = pool.customAttributes?.[key.slice(CUSTOM_PREFIX.length)];
        if (attribute?.mutable !== false) continue;
        out.push({
          path: [...path, 'attributeMapping', key],
          target: 'key',
          message: `an attribute mapped from an identity provider must be mutable, because Cognito updates it at every sign-in; provider \`${name}\` maps \`${key}\`, declared \`mutable: false\``,
          hint: `remove the mapping; mutability is fixed once the pool exists, so \`mutable: true\` is possible only for a pool not yet created`,
        });
      }
    }
    return out;
  },
});
