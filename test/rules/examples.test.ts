import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validatePaths } from '../../src/validate';

describe('the example configurations', () => {
  test('pass every rule', () => {
    const dir = join(__dirname, '../../config');
    const paths = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f));
    expect(paths.length).toBeGreaterThan(0);
    expect(validatePaths(paths).diagnostics).toEqual([]);
  });
});
