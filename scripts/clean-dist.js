#!/usr/bin/env node
// Empties dist/ before each build: tsc never deletes the output of a source
// file that was moved or removed, and a stale `hazards.js` beside a new
// `hazards/index.js` wins Node's module resolution.
'use strict';
require('node:fs').rmSync(require('node:path').resolve(__dirname, '..', 'dist'), {
  recursive: true,
  force: true,
});
