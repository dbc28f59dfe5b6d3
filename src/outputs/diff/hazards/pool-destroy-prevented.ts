import { defineHazard } from './hazard';

/** Only a real plan shows it; `cogfed plan` raises it (src/outputs/plan/hazards.ts). */
export const poolDestroyPrevented = defineHazard({
  code: 'pool-destroy-prevented',
  severity: 'blocking',
  description:
    'A plan destroys or replaces a user pool that prevent_destroy or AWS deletion protection guards: the plan or the apply fails, and if the guard is lifted, every user in it is deleted.',
  seenBy: 'plan',
});
