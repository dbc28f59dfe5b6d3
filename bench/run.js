#!/usr/bin/env node
// cogfed benchmarks: wall time and peak memory (/usr/bin/time -v), medians
// over several runs, each compared with a baseline measured in the same run.
//
//   npm run build && node bench/run.js [validate|synth|diff|review|all] [--runs N] [--json FILE]
//
// Medians of 5 runs by default. Suites and their targets:
//   validate  examples <= 2x `node -e 0`; the 50x20x5 file <= 1 s wall
//   synth     see bench/synth-suite.js (and the outputs: one per pool)
//   diff      see bench/diff-suite.js
//   review    see bench/diff-suite.js (every Markdown output within one GitHub comment)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { measureAll } = require('./measure');
const { generate } = require('./generate');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const CLI = path.join(ROOT, 'dist', 'cogfed.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' }, json: { type: 'string' } },
});
const runs = Number(values.runs);
const suite = positionals[0] ?? 'all';

if (!fs.existsSync(CLI)) {
  process.stderr.write('bench: dist/cogfed.js is missing; run `npm run build` first\n');
  process.exit(2);
}
fs.mkdirSync(OUT, { recursive: true });
const largeFile = path.join(OUT, 'large.yaml');
fs.writeFileSync(largeFile, generate());

const suites = {
  validate: () => {
    const results = measureAll(
      [
        { name: 'node -e 0 (baseline)', cmd: process.execPath, args: ['-e', '0'] },
        {
          name: 'cogfed validate config/',
          cmd: process.execPath,
          args: [CLI, 'validate'],
          cwd: ROOT,
        },
        {
          name: 'cogfed validate large (50x20x5)',
          cmd: process.execPath,
          args: [CLI, 'validate', largeFile],
          cwd: ROOT,
        },
      ],
      runs,
    );
    const [node, examples, large] = results;
    return {
      results,
      checks: [
        {
          what: 'validate examples / node -e 0',
          value: examples.wallSeconds / node.wallSeconds,
          limit: 2,
          unit: 'x',
        },
        { what: 'validate large file, wall', value: large.wallSeconds, limit: 1, unit: 's' },
      ],
    };
  },
};
Object.assign(
  suites,
  require('./synth-suite').suites({ runs, root: ROOT, cli: CLI, largeFile, out: OUT }),
);
Object.assign(
  suites,
  require('./diff-suite').suites({ runs, root: ROOT, cli: CLI, largeFile, out: OUT }),
);

const chosen = suite === 'all' ? Object.keys(suites) : [suite];
const report = {};
let failed = false;
for (const name of chosen) {
  if (!suites[name]) {
    process.stderr.write(
      `bench: unknown suite ${name}; suites: ${Object.keys(suites).join(', ')}, all\n`,
    );
    process.exit(2);
  }
  process.stdout.write(`\n## ${name} (median of ${runs} runs, /usr/bin/time -v)\n\n`);
  const { results, checks } = suites[name]();
  process.stdout.write('| case | wall (s) | peak RSS (MB) |\n|---|---:|---:|\n');
  for (const r of results)
    process.stdout.write(
      `| ${r.name} | ${r.wallSeconds.toFixed(3)} | ${(r.maxRssKb / 1024).toFixed(1)} |\n`,
    );
  process.stdout.write('\n| check | measured | target | |\n|---|---:|---:|---|\n');
  for (const c of checks) {
    const ok = c.value <= c.limit;
    failed ||= !ok;
    const show = (n) =>
      c.unit === 'x' || c.unit === 's' ? n.toFixed(2) : n.toLocaleString('en-US');
    process.stdout.write(
      `| ${c.what} | ${show(c.value)}${c.unit} | <= ${show(c.limit)}${c.unit} | ${ok ? 'ok' : 'MISSED'} |\n`,
    );
  }
  report[name] = { results: results.map(({ samples: _samples, ...r }) => r), checks };
}
if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\n${failed ? 'Some targets were missed.' : 'All targets met.'}\n`);
