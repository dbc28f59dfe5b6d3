import { defineHazard } from './hazard';

/** Only a real plan shows it; `cogfed plan` raises it (src/outputs/plan/hazards.ts). */
export const planMismatch = defineHazard({
  code: 'plan-mismatch',
  severity: 'warning',
  description:
    'The plan was not made from these files (another commit, or edited JSON): what it shows is not what the YAML says.',
  seenBy: 'plan',
});
