#!/usr/bin/env node
// Regenerates the rules table in README.md from the rule registry, so the
// documentation cannot drift from the code (test/docs checks it is current).
//   npm run build && node scripts/readme-rules.js [--check]
'use strict';
const path = require('node:path');
const { replaceTable, runTableScript } = require('./readme-table');

const root = path.resolve(__dirname, '..');
const { RULES, CROSS_FILE_RULES } = require(path.join(root, 'dist/src/validate/rules'));

function table() {
  const rows = [...RULES, ...CROSS_FILE_RULES]
    .map((r) => ({ code: r.code, description: r.description, source: r.source }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  // A citation of docs/aws-limits.md becomes a link to its section.
  const source = (s) => cell(s).replace(/(^|[\s(])(docs\/aws-limits\.md#[\w-]+)/g, '$1[$2]($2)');
  return [
    '| code | constraint | source |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| \`${r.code}\` | ${cell(r.description)} | ${source(r.source)} |`),
  ].join('\n');
}

function render(readme) {
  return replaceTable(readme, 'rules-table', table());
}

module.exports = { render };

if (require.main === module) runTableScript(render, 'rules table', 'readme-rules.js');
