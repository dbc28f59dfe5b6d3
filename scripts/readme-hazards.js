#!/usr/bin/env node
// Regenerates the hazards table in README.md from the hazard registry
// (src/outputs/diff/hazards/index.ts), as readme-rules.js does for the rules,
// so the documentation cannot drift from the code (test/docs checks it is current).
//   npm run build && node scripts/readme-hazards.js [--check]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

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
  const start = '<!-- hazards-table:start -->';
  const end = '<!-- hazards-table:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no hazards-table markers');
  return `${readme.slice(0, i + start.length)}\n${table()}\n${readme.slice(j)}`;
}

module.exports = { render };

if (require.main === module) {
  const file = path.join(root, 'README.md');
  const current = fs.readFileSync(file, 'utf8');
  const next = render(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      process.stderr.write(
        'README.md hazards table is out of date: run `node scripts/readme-hazards.js`\n',
      );
      process.exit(1);
    }
  } else fs.writeFileSync(file, next);
}
