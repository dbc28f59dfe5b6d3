/**
 * How dist/cogfed.js runs the bundle with its code cache (launcher.ts), and
 * how the build makes that cache (scripts/code-cache.js).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import NodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The bundle beside the launcher (dist/), and its code cache. */
export const BUNDLE = join(__dirname, 'cogfed-main.js');
export const CACHE = `${BUNDLE}.cache`;

/** The bundle as a CommonJS module's function, with the cache when there is one. */
export function compileBundle(bundle = BUNDLE, cachedData?: Buffer): Script {
  // A hashbang is valid only at the start of a script, not inside the module wrapper; the line stays, empty, so lines keep their numbers.
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  return new Script(NodeModule.wrap(source), {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Run the compiled bundle as Node would run the file: its own module, require, __filename and __dirname. */
export function runBundle(script: Script, bundle = BUNDLE): void {
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const module = new NodeModule(bundle, require.main);
  module.filename = bundle;
  const localRequire = createRequire(bundle);
  module.paths = localRequire.resolve.paths('') ?? [];
  wrapper.call(module.exports, module.exports, localRequire, module, bundle, dirname(bundle));
}

/** The cache beside the bundle, if the build wrote one. */
export function readCache(cache = CACHE): Buffer | undefined {
  try {
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}
