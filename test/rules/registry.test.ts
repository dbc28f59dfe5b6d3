import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CROSS_FILE_RULES, RULES } from '../../src/validate/rules';
import { anchors, readDoc } from '../helpers/markdown';

const RULES_DIR = join(__dirname, '../../src/validate/rules');
/** Modules in the rules folder that are helpers, not rules. */
const HELPERS = ['index.ts', 'rule.ts', 'suggest.ts', 'text.ts', 'url.ts', 'vocabulary.ts'];

describe('rule registry', () => {
  const all = [...RULES, ...CROSS_FILE_RULES];

  test('codes are kebab-case and unique', () => {
    for (const rule of all) expect(rule.code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
  });

  test('each rule says what it checks and cites where the limit comes from: a public URL, or a section of docs/aws-limits.md that exists', () => {
    const sections = anchors(readDoc('docs/aws-limits.md'));
    for (const rule of all) {
      expect(rule.description.length).toBeGreaterThan(20);
      const cited = [...rule.source.matchAll(/docs\/aws-limits\.md#([\w-]+)/g)].map((m) => m[1]);
      expect([rule.code, /https:\/\/\S/.test(rule.source) || cited.length > 0]).toEqual([
        rule.code,
        true,
      ]);
      expect([rule.code, cited.filter((anchor) => !sections.has(anchor))]).toEqual([rule.code, []]);
      expect([rule.code, /(^|[^\w])docs\/aws-limits\.md(?!#)/.test(rule.source)]).toEqual([
        rule.code,
        false,
      ]);
    }
  });

  test('each rule lives in the file named by its code, and every rule file is registered', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !HELPERS.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(all.map((r) => r.code).sort());
  });

  test('each rule has its own test file', () => {
    const tests = readdirSync(__dirname).filter((f) => f.endsWith('.test.ts'));
    for (const rule of all) expect(tests).toContain(`${rule.code}.test.ts`);
  });
});
