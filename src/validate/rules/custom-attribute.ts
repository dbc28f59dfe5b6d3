import type { CustomAttributeConfig } from '../config';
import type { RuleFinding } from './rule';
import { received } from '../finding';
import { Path, defineRule, pools } from './rule';
import { firstBadChar } from './text';

const MAX_COUNT = 50;
const MAX_NAME = 20;
/** AWS's CustomAttributeNameType `[\p{L}\p{M}\p{S}\p{N}\p{P}]+`: printable, no whitespace. */
const NAME_CHAR = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]$/u;
const MAX_STRING_LENGTH = 2048;
const STRING_ONLY = ['minLength', 'maxLength'] as const;
const NUMBER_ONLY = ['min', 'max'] as const;

export const customAttribute = defineRule({
  code: 'custom-attribute',
  description:
    'At most 50 custom attributes, named 1-20 printable characters without whitespace; `minLength`/`maxLength` only on strings ' +
    '(0 <= minLength <= maxLength <= 2048), `min`/`max` only on numbers (min <= max).',
  source:
    'docs/aws-limits.md#custom-attributes (at most 50, names 1-20 characters, string length at most 2048); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StringAttributeConstraintsType.html',
  part: 'pool',
  reads: ['customAttributes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const attributes = Object.entries(pool.customAttributes ?? {});
      if (attributes.length > MAX_COUNT) {
        const [name] = attributes[MAX_COUNT];
        out.push({
          path: [...path, 'customAttributes', name],
          target: 'key',
          message: `a pool has at most ${MAX_COUNT} custom attributes; received ${attributes.length}`,
          hint: 'keep at most 50; several values can share one attribute as JSON',
        });
      }
      for (const [name, attribute] of attributes)
        out.push(...checkAttribute(name, attribute, [...path, 'customAttributes', name]));
    }
    return out;
  },
});

function checkAttribute(name: string, attribute: CustomAttributeConfig, path: Path): RuleFinding[] {
  const out: RuleFinding[] = [];
  const push = (at: Path, message: string, hint: string, target?: 'key') =>
    out.push({ path: at, message, hint, ...(target ? { target } : {}) });

  const badChar = firstBadChar(name, NAME_CHAR);
  const bad =
    name.length === 0 || name.length > MAX_NAME
      ? `is ${name.length} characters long`
      : badChar
        ? `contains ${badChar}`
        : undefined;
  if (bad) {
    push(
      path,
      `a custom attribute name is 1-${MAX_NAME} printable characters without whitespace (Cognito adds the \`custom:\` prefix); received ${received(name)}, which ${bad}`,
      'rename the attribute, e.g. `tenant_id`',
      'key',
    );
  }

  const misplaced =
    attribute.type === 'string'
      ? NUMBER_ONLY
      : attribute.type === 'number'
        ? STRING_ONLY
        : [...STRING_ONLY, ...NUMBER_ONLY];
  for (const key of misplaced) {
    if (attribute[key] === undefined) continue;
    const belongs = (STRING_ONLY as readonly string[]).includes(key) ? 'string' : 'number';
    push(
      [...path, key],
      `\`${key}\` applies only to ${belongs} attributes; this one is a ${attribute.type}`,
      `remove \`${key}\`, or change \`type\` to \`${belongs}\` (the type is fixed once the pool exists)`,
      'key',
    );
  }

  if (attribute.type === 'string') {
    const min = attribute.minLength ?? 0;
    const max = attribute.maxLength ?? MAX_STRING_LENGTH;
    if (attribute.minLength !== undefined && min < 0) {
      push([...path, 'minLength'], `\`minLength\` is at least 0; received ${min}`, 'use 0 or more');
    }
    if (attribute.maxLength !== undefined && max > MAX_STRING_LENGTH) {
      push(
        [...path, 'maxLength'],
        `\`maxLength\` is at most ${MAX_STRING_LENGTH}; received ${max}`,
        `use ${MAX_STRING_LENGTH} or less`,
      );
    } else if (min >= 0 && min > max) {
      const at = attribute.maxLength !== undefined ? 'maxLength' : 'minLength';
      const shown = (value: number, given: boolean) => `${value}${given ? '' : ', the default'}`;
      push(
        [...path, at],
        `\`minLength\` is at most \`maxLength\`; received minLength ${shown(min, attribute.minLength !== undefined)} and maxLength ${shown(max, attribute.maxLength !== undefined)}`,
        'raise `maxLength` or lower `minLength`',
      );
    }
  }
  if (
    attribute.type === 'number' &&
    attribute.min !== undefined &&
    attribute.max !== undefined &&
    attribute.min > attribute.max
  ) {
    push(
      [...path, 'max'],
      `\`min\` is at most \`max\`; received min ${attribute.min} and max ${attribute.max}`,
      'swap the bounds, or fix the one that is wrong',
    );
  }
  return out;
}
