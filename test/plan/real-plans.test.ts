import { planExpectations } from './expectations';
import { FIXTURES, SCENARIOS } from './scenarios';
import { GeneratedPlan, generatePlans, readFixture, unavailable, writeFixtures } from './terraform';

/**
 * The same expectations on plans real Terraform makes now, offline (see
 * terraform.ts): the fixtures are reproducible, and cogfed's reading holds
 * for what this Terraform and provider print. Skipped, with the reason
 * printed, where Terraform or the provider mirror is missing.
 * `UPDATE_PLAN_FIXTURES=1` (npm run plan-fixtures) writes the new plans over
 * the committed ones; otherwise they must match them byte for byte.
 */
const skip = unavailable();
if (skip) console.log(`skipped: cogfed plan on real Terraform plans: ${skip}`);

(skip ? describe.skip : describe)('cogfed plan on plans real Terraform makes now', () => {
  const plans = new Map<string, GeneratedPlan>();
  beforeAll(async () => {
    const started = Date.now();
    for (const plan of await generatePlans({ keep: !!process.env.KEEP_PLAN_WORK }))
      plans.set(plan.name, plan);
    console.log(
      `terraform made ${plans.size} plans in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (process.env.UPDATE_PLAN_FIXTURES) writeFixtures([...plans.values()], FIXTURES);
  }, 600_000);

  test('the committed fixtures are what Terraform makes (regenerate: npm run plan-fixtures)', () => {
    for (const scenario of SCENARIOS) {
      const committed = readFixture(FIXTURES, scenario.name);
      expect({ name: scenario.name, yaml: plans.get(scenario.name)!.yaml }).toEqual({
        name: scenario.name,
        yaml: committed.yaml,
      });
      expect({ name: scenario.name, json: plans.get(scenario.name)!.json }).toEqual({
        name: scenario.name,
        json: committed.json,
      });
    }
  });

  planExpectations(() => plans);
});
