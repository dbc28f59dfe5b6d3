import { planExpectations } from './expectations';
import { FIXTURES, SCENARIOS } from './scenarios';
import { readFixture } from './terraform';

/**
 * The committed real plans (test/plan/fixtures/*.json, made by Terraform
 * 1.11.4 with hashicorp/aws 5.100.0: see terraform.ts), so the mapping and
 * the hazards are tested on every machine, with or without Terraform.
 * Regenerate them with `npm run plan-fixtures`.
 */
describe('cogfed plan on the committed real plans', () => {
  planExpectations(() => new Map(SCENARIOS.map((s) => [s.name, readFixture(FIXTURES, s.name)])));
});
