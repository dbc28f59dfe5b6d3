import type { CustomAttribute } from '../../../model/model';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * Cognito cannot modify a custom attribute once created: UpdateUserPool
 * fails with "cannot modify or remove schema items" (docs/provider-evidence.md
 * §3; https://github.com/hashicorp/terraform-provider-aws/issues/21654).
 */
export const customAttributeChanged = defineHazard({
  code: 'custom-attribute-changed',
  severity: 'blocking',
  description:
    'A custom attribute changes: the plan looks harmless, but Cognito rejects it at apply ("cannot modify or remove schema items").',
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      for (const attribute of before.customAttributes) {
        const now = after.customAttributes.find((a) => a.name === attribute.name);
        const differences = now ? attributeDifferences(attribute, now) : [];
        if (differences.length === 0) continue;
        out.push({
          subject: `${after.id}/${attribute.name}`,
          path: inPool(after, 'customAttributes', attribute.name),
          target: 'key',
          message: `custom attribute custom:${attribute.name} of pool ${after.id} changes (${differences.join('; ')}): Cognito cannot modify a schema attribute; the plan looks like a harmless update, but the apply fails with "cannot modify or remove schema items"`,
          hint: 'revert the change; to change an attribute, add a new one under a new name and migrate the values',
        });
      }
    }
    return out;
  },
});

function attributeDifferences(a: CustomAttribute, b: CustomAttribute): string[] {
  const out: string[] = [];
  if (a.type !== b.type) out.push(`type ${a.type} → ${b.type}`);
  if (a.mutable !== b.mutable) out.push(`mutable ${a.mutable} → ${b.mutable}`);
  const sa = a.stringConstraints;
  const sb = b.stringConstraints;
  if (sa && sb && sa.minLength !== sb.minLength)
    out.push(`minLength ${sa.minLength} → ${sb.minLength}`);
  if (sa && sb && sa.maxLength !== sb.maxLength)
    out.push(`maxLength ${sa.maxLength} → ${sb.maxLength}`);
  const na = a.numberConstraints ?? {};
  const nb = b.numberConstraints ?? {};
  if (a.type === b.type && na.min !== nb.min)
    out.push(`min ${na.min ?? 'none'} → ${nb.min ?? 'none'}`);
  if (a.type === b.type && na.max !== nb.max)
    out.push(`max ${na.max ?? 'none'} → ${nb.max ?? 'none'}`);
  return out;
}
