import { codesOf, planReport } from './plan-only';

describe('drift-reverted (seen only in a plan)', () => {
  test('fail: a client edited in the console, which the YAML did not change, is reverted by the apply', () => {
    const report = planReport('edits', { base: 'main' });
    expect(codesOf(report, 'drift-reverted')).toEqual(['drift-reverted@48:23']);
    expect(report.hazards.find((h: { code: string }) => h.code === 'drift-reverted')).toMatchObject(
      { severity: 'warning' },
    );
  });

  test('pass: a plan that only creates what the YAML says has no drift', () => {
    expect(codesOf(planReport('create'), 'drift-reverted')).toEqual([]);
  });
});
