import { join } from 'node:path';
import { resolveConfigFiles } from '../../src/load/files';
import { modelsFromPaths } from '../../src/model/pipeline';

const REPO = join(__dirname, '../..');

/**
 * The stacks the examples in config/ compile to, sorted as synth lists them:
 * derived from the files, so a test does not go stale when an example (or an
 * environment of one) is added.
 */
export function exampleStacks(): string[] {
  const result = modelsFromPaths(resolveConfigFiles([], REPO).map((f) => join(REPO, f)));
  if (!result.ok)
    throw new Error(
      `the examples in config/ do not validate: ${result.diagnostics.map((d) => d.code).join(', ')}`,
    );
  return result.models.map((m) => m.stack).sort();
}
