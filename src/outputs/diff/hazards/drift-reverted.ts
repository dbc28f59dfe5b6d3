import { defineHazard } from './hazard';

/** Only a real plan shows it; `cogfed plan` raises it (src/outputs/plan/hazards.ts). */
export const driftReverted = defineHazard({
  code: 'drift-reverted',
  severity: 'warning',
  description:
    'A plan changes a resource the YAML did not change: it was edited outside Terraform (console, CLI), and the apply reverts that edit.',
  seenBy: 'plan',
});
