import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

export const secretReferenceEmpty = defineRule({
  code: 'secret-reference-empty',
  description:
    'A secret reference names something: `ssm` and `secretsManager` (and its optional `key`) are not empty.',
  source:
    'docs/aws-limits.md#secret-references; ' +
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-parameter-name-constraints.html; ' +
    'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html (SecretId: 1-2048 characters)',
  part: 'provider',
  reads: ['clientSecret'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const secret = provider.clientSecret as Record<string, unknown>;
      const at = [...path, 'clientSecret'];
      for (const key of ['ssm', 'secretsManager', 'key'] as const) {
        const value = secret[key];
        if (typeof value !== 'string' || value.trim() !== '') continue;
        const what =
          key === 'ssm'
            ? 'the name of an SSM parameter'
            : key === 'secretsManager'
              ? 'the name or ARN of a Secrets Manager secret'
              : "a field of the secret's JSON value";
        out.push({
          path: [...at, key],
          message: `\`${key}\` is ${what}; received an empty value`,
          hint:
            key === 'key'
              ? 'name the JSON field, or remove `key` to use the whole secret string'
              : key === 'ssm'
                ? 'e.g. `/acme/idp/client-secret`'
                : 'e.g. `acme/idp-client-secret`',
        });
      }
    }
    return out;
  },
});
