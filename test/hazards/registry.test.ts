import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HAZARD_KINDS, HAZARDS } from '../../src/outputs/diff/hazards';

const HAZARDS_DIR = join(__dirname, '../../src/outputs/diff/hazards');
/** Modules in the hazards folder that are helpers, not hazards. */
const HELPERS = ['index.ts', 'hazard.ts', 'context.ts', 'reported.ts'];

describe('hazard registry', () => {
  test('codes are kebab-case and unique', () => {
    for (const hazard of HAZARDS) expect(hazard.code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(HAZARDS.map((h) => h.code)).size).toBe(HAZARDS.length);
  });

  test('each hazard has a severity and says what it is', () => {
    for (const hazard of HAZARDS) {
      expect(['blocking', 'warning']).toContain(hazard.severity);
      expect(hazard.description.length).toBeGreaterThan(20);
    }
  });

  test('blocking hazards come first (the order the README table and SARIF rules use)', () => {
    const severities = HAZARDS.map((h) => h.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => (a === b ? 0 : a === 'blocking' ? -1 : 1)),
    );
  });

  test('the catalogue is the registry without the detectors', () => {
    expect(HAZARD_KINDS).toEqual(
      HAZARDS.map(({ code, severity, description }) => ({ code, severity, description })),
    );
  });

  test('each hazard lives in the file named by its code, and every hazard file is registered', () => {
    const files = readdirSync(HAZARDS_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(
      HAZARDS.map((h) => h.code).sort(),
    );
    for (const hazard of HAZARDS) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = Object.values(
        require(join(HAZARDS_DIR, `${hazard.code}.ts`)) as Record<string, unknown>,
      );
      expect(exported).toContain(hazard);
    }
  });

  test('each hazard has its own test file', () => {
    const tests = readdirSync(__dirname).filter((f) => f.endsWith('.test.ts'));
    for (const hazard of HAZARDS) expect(tests).toContain(`${hazard.code}.test.ts`);
  });
});
