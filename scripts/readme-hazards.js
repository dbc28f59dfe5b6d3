#!/usr/bin/env node
// Regenerates the hazards table in README.md from the hazard registry
// (src/outputs/diff/hazards/index.ts), as readme-rules.js does for the rules,
// so the documentation cannot drift from the code (test/docs checks it is current).
//   npm run build && node scripts/readme-hazards.js [--check]
'use strict';
const path = require('node:path');
const { replaceTable, runTableScript } = require('./readme-table');

const root = path.resolve(__dirname, '..');
const { HAZARD_KINDS } = require(path.join(root, 'dist/src/outputs/diff/hazards'));

/** One row a hazard, in the registry's order (blocking first). */
function table() {
  const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '| hazard | severity | what it means |',
    '| --- | --- | --- |',
    ...HAZARD_KINDS.map((h) => `| \`${h.code}\` | ${h.severity} | ${cell(h.description)} |`),
  ].join('\n');
}

function render(readme) {
  return replaceTable(readme, 'hazards-table', table());
}

module.exports = { render };

if (require.main === module) runTableScript(render, 'hazards table', 'readme-hazards.js');
