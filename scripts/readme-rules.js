#!/usr/bin/env node
// Regenerates the rules table in README.md from the rule registry, so the
// documentation cannot drift from the code (test/docs checks it is current).
//   npm run build && node scripts/readme-rules.js [--check]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

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
  const start = '<!-- rules-table:start -->';
  const end = '<!-- rules-table:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no rules-table markers');
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
        'README.md rules table is out of date: run `node scripts/readme-rules.js`\n',
      );
      process.exit(1);
    }
  } else fs.writeFileSync(file, next);
}
