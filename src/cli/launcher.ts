#!/usr/bin/env node
/**
 * The `cogfed` executable (dist/cogfed.js). It runs the bundle
 * (dist/cogfed-main.js, the whole CLI in one file: see the `bundle` script)
 * with the V8 code cache made at build time (scripts/code-cache.js), so
 * start-up skips compiling the bundle and the functions a `validate` runs:
 * about 40 of the 180 ms `cogfed validate config/` took on Node 20, whose
 * module loader has no compile cache of its own (`module.enableCompileCache`
 * is Node 22). V8 checks the cache against the source and its own version and
 * flags; a cache it rejects, or none, only means the bundle is compiled as
 * usual.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import NodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The bundle beside this file, and its code cache. */
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

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

if (require.main === module) runBundle(compileBundle(BUNDLE, readCache()));
