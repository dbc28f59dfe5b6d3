import { defineHazard } from './hazard';

/** Only a real plan shows it; `cogfed plan` raises it (src/outputs/plan/hazards.ts). */
export const unknownResource = defineHazard({
  code: 'unknown-resource',
  severity: 'warning',
  description:
    "A plan touches a resource the YAML does not describe: added by hand to the stack's configuration or state, and managed by no YAML line.",
  seenBy: 'plan',
});
