#!/usr/bin/env node
// Prepares the baseline's input, once and before any timing: validates the
// files with the built cogfed (dist/) and writes their normalized models
// (src/model/model.ts) as JSON, which bench/baseline/app.js reads.
//
//   node bench/baseline/dump-models.js OUT.json [FILES or FOLDERS...]   (default: config/)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'src');
const { resolveConfigFiles } = require(path.join(DIST, 'load', 'files.js'));
const { modelsFromPaths } = require(path.join(DIST, 'model', 'pipeline.js'));

/** The models of `named` (as cogfed resolves them, e.g. config/*.yaml), or an error listing the diagnostics. */
function dumpModels(named, out) {
  const files = resolveConfigFiles(named);
  const result = modelsFromPaths(files);
  if (!result.ok) {
    const lines = result.diagnostics.map(
      (d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code}: ${d.message}`,
    );
    throw new Error(
      `the files do not validate, so there is no model to dump:\n${lines.join('\n')}`,
    );
  }
  const models = result.models;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(models)}\n`);
  return models;
}

module.exports = { dumpModels };

if (require.main === module) {
  const [out, ...named] = process.argv.slice(2);
  if (!out) {
    process.stderr.write('usage: node bench/baseline/dump-models.js OUT.json [FILES...]\n');
    process.exit(2);
  }
  const models = dumpModels(named, out);
  process.stderr.write(`wrote ${out}: ${models.length} model(s)\n`);
}
