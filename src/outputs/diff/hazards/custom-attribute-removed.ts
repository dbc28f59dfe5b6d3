import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const customAttributeRemoved = defineHazard({
  code: 'custom-attribute-removed',
  severity: 'blocking',
  description:
    'A custom attribute is removed: the plan looks harmless, but Cognito rejects it at apply ("cannot modify or remove schema items").',
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      for (const attribute of before.customAttributes) {
        if (after.customAttributes.some((a) => a.name === attribute.name)) continue;
        out.push({
          subject: `${after.id}/${attribute.name}`,
          path: inPool(after, 'customAttributes'),
          target: 'key',
          message: `custom attribute custom:${attribute.name} is removed from pool ${after.id}: Cognito cannot remove a schema attribute; the plan looks like a harmless update, but the apply fails with "cannot modify or remove schema items"`,
          hint: 'keep the attribute in the file (stop mapping or writing it instead)',
        });
      }
    }
    return out;
  },
});
