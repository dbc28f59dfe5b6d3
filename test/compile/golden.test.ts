import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePaths } from '../../src/validate';
import { goldenInputs, modelOfPath, synthBytes } from './helpers';

/**
 * Golden files: test/golden/<example>.cdk.tf.json holds, byte for byte, the
 * cdk.tf.json each example in config/ (and each fixture in
 * test/compile/fixtures/) compiles to. A change to the compiler
 * shows as a reviewable diff of these files. `UPDATE_GOLDEN=1 npx jest
 * test/compile/golden` rewrites them.
 */
const GOLDEN_DIR = join(__dirname, '../golden');

describe.each(goldenInputs())('$file', ({ file, path, name }) => {
  test('compiles to its golden file', () => {
    expect(validatePaths([path]).diagnostics).toEqual([]);
    const model = modelOfPath(path, file);
    const actual = `${synthBytes([model]).get(model.stack)}\n`;
    const golden = join(GOLDEN_DIR, `${name}.cdk.tf.json`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
    if (!existsSync(golden))
      throw new Error(
        `no golden file ${golden}: review the output, then run UPDATE_GOLDEN=1 npx jest test/compile/golden`,
      );
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
