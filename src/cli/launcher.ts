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
import { BUNDLE, compileBundle, readCache, runBundle } from './launch';

// Unconditionally, as the bundle did when it was the executable: `node -e "require('dist/cogfed.js')"` runs the CLI too.
runBundle(compileBundle(BUNDLE, readCache()));
