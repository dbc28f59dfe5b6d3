import { PlanRepo } from '../plan/expectations';
import { FIXTURES } from '../plan/scenarios';
import { readFixture } from '../plan/terraform';

/**
 * Hazards only a real plan shows are raised by `cogfed plan`; these tests run
 * it on the committed real plans (test/plan/fixtures/, made by Terraform).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function planReport(
  fixture: string,
  options: { base?: string; edit?: (json: Json) => void } = {},
): Json {
  const generated = readFixture(FIXTURES, fixture);
  if (options.edit) {
    const json = JSON.parse(generated.json);
    options.edit(json);
    generated.json = JSON.stringify(json);
  }
  const repo = new PlanRepo(generated);
  try {
    return repo.json(options.base ? { base: options.base } : {});
  } finally {
    repo.cleanup();
  }
}

export function codesOf(report: Json, code: string): string[] {
  return report.hazards
    .filter((h: Json) => h.code === code)
    .map((h: Json) => `${h.code}@${h.line}:${h.col}`);
}
