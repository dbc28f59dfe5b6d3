// What readme-rules.js and readme-hazards.js share: a generated table between
// `<!-- NAME:start -->` and `<!-- NAME:end -->` in README.md, written, or with
// --check compared, so the documentation cannot drift from the registry.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const README = path.resolve(__dirname, '..', 'README.md');

/** The README with the text between the markers replaced by `table`. */
function replaceTable(readme, name, table) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${name} markers`);
  return `${readme.slice(0, i + start.length)}\n${table}\n${readme.slice(j)}`;
}

/** The command line of a table script: rewrite README.md, or with --check exit 1 when it is out of date. */
function runTableScript(render, what, script) {
  const current = fs.readFileSync(README, 'utf8');
  const next = render(current);
  if (!process.argv.includes('--check')) return fs.writeFileSync(README, next);
  if (current === next) return undefined;
  process.stderr.write(`README.md ${what} is out of date: run \`node scripts/${script}\`\n`);
  process.exit(1);
}

module.exports = { replaceTable, runTableScript };
