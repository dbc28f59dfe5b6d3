#!/usr/bin/env node
// Writes dist/cogfed-main.js.cache: the V8 code cache of the CLI bundle,
// taken after running `cogfed validate config/` in this process, so it holds
// the functions the common path compiles (src/cli/launcher.ts reads it, with src/cli/launch.ts).
// Built by the Node that builds, which is the Node that runs in CI and on
// this machine; another Node rejects it and compiles the bundle as usual.
'use strict';
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const { compileBundle, runBundle } = require(path.join(ROOT, 'dist', 'src', 'cli', 'launch.js'));
// The paths as dist/cogfed.js (the launcher, bundled) sees them.
const BUNDLE = path.join(ROOT, 'dist', 'cogfed-main.js');
const CACHE = `${BUNDLE}.cache`;

const script = compileBundle(BUNDLE);
const write = { out: process.stdout.write, err: process.stderr.write };
process.stdout.write = () => true;
process.stderr.write = () => true;
process.argv = [process.execPath, BUNDLE, 'validate', path.join(ROOT, 'config')];
process.on('exit', () => {
  process.stdout.write = write.out;
  process.stderr.write = write.err;
  writeFileSync(CACHE, script.createCachedData());
  // What the examples say is not the build's business (the tests check them).
  process.exitCode = 0;
});
runBundle(script, BUNDLE);
