import type { RuleFinding } from './rule';
import { Path, defineRule, pools } from './rule';

/**
 * The whole numbers cogfed reads: password policy, custom attribute bounds,
 * declared quotas. YAML holds any integer, but the loader (like every JSON
 * tool downstream: Terraform's JSON, the AWS SDKs in JavaScript) holds a
 * double, exact only up to 2^53 - 1. Beyond that a bound silently becomes
 * another number, so it is refused instead.
 */
export const numberPrecision = defineRule({
  code: 'number-precision',
  description:
    'A whole number (password policy, custom attribute bounds, quotas) is at most 9007199254740991 (2^53 - 1) in magnitude, the largest JSON and JavaScript hold exactly; beyond it a value is silently rounded.',
  source:
    'https://www.rfc-editor.org/rfc/rfc8259#section-6 (JSON numbers: integers in [-(2^53)+1, (2^53)-1] are interoperable, exactly); ' +
    'https://tc39.es/ecma262/#sec-number.max_safe_integer; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_NumberAttributeConstraintsType.html (MinValue, MaxValue)',
  part: 'pool',
  reads: ['passwordPolicy', 'customAttributes', 'quotas'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const numbers: Array<[Path, number | undefined]> = [
        ...Object.entries(pool.passwordPolicy ?? {}).map(
          ([key, value]): [Path, number | undefined] => [
            [...path, 'passwordPolicy', key],
            typeof value === 'number' ? value : undefined,
          ],
        ),
        ...Object.entries(pool.customAttributes ?? {}).flatMap(([name, attribute]) =>
          (['minLength', 'maxLength', 'min', 'max'] as const).map(
            (key): [Path, number | undefined] => [
              [...path, 'customAttributes', name, key],
              attribute[key],
            ],
          ),
        ),
        ...Object.entries(pool.quotas ?? {}).map(([key, value]): [Path, number | undefined] => [
          [...path, 'quotas', key],
          value,
        ]),
      ];
      for (const [at, value] of numbers) {
        if (value === undefined || Number.isSafeInteger(value)) continue;
        out.push({
          path: at,
          message: `a whole number here is at most ${Number.MAX_SAFE_INTEGER} (2^53 - 1) in magnitude, the largest JSON and JavaScript hold exactly; received a number beyond it (read as ${value}, which need not be the number written)`,
          hint: `write a value between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
        });
      }
    }
    return out;
  },
});
