'use strict';
// The `synth` suite: cogfed against a hand-written CDKTF app that creates the
// same resources with per-resource imports and the outputs a careful engineer
// writes by hand (per pool: id, ARN, issuer, domain URL, redirect URI; per
// client: id; bench/baseline/app.js), each pair measured round-robin in the
// same run. Targets:
//
//   cogfed synth config/              <= 1.2x the baseline's wall time
//   cogfed synth <50x20x5 file>       <= 1.3x the baseline's wall time and peak memory
//   cdktf synth (app: dist/main.js)   <= 1.3x cdktf synth of the baseline app
//   the large file's stack outputs     <= one per pool
//
// The baseline reads cogfed's normalized models from JSON, written before any
// timing by bench/baseline/dump-models.js; it parses no YAML and validates
// nothing, which is what the comparison is about. Before timing, the suite
// checks that both write the same resources, data sources and variables, and
// that cogfed's outputs carry every value the baseline's do, and fails if not.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { measureAll } = require('./measure');

const BASELINE_DIR = path.join(__dirname, 'baseline');
const BASELINE_APP = path.join(BASELINE_DIR, 'app.js');
const DUMP_MODELS = path.join(BASELINE_DIR, 'dump-models.js');

/** Both CLIs talk to no server while measured (no telemetry, no version check). */
const CDKTF_ENV = { CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1' };

function run(cmd, args, options) {
  const result = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `${[cmd, ...args].join(' ')} exited ${result.status}:\n${result.stderr.slice(-4000)}`,
    );
  return result;
}

/**
 * What a synthesized folder creates: `<stack>: type.name` → body for every
 * resource, data source, variable and the provider and terraform blocks; and,
 * per stack, the string values its outputs carry (an object output's leaves),
 * whatever the outputs are called.
 */
function contents(outdir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const found = new Map();
  const outputs = new Map();
  const withoutMetadata = (body) =>
    JSON.stringify(body, (key, value) => (key === '//' ? undefined : value));
  const leaves = (value, into) => {
    if (typeof value === 'string') into.add(value);
    else if (value && typeof value === 'object')
      for (const child of Object.values(value)) leaves(child, into);
  };
  for (const stack of Object.values(manifest.stacks)) {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, stack.synthesizedStackPath), 'utf8'));
    const add = (address, body) => found.set(`${stack.name}: ${address}`, withoutMetadata(body));
    for (const [type, byName] of Object.entries(json.resource ?? {}))
      for (const [name, body] of Object.entries(byName)) add(`${type}.${name}`, body);
    for (const [type, byName] of Object.entries(json.data ?? {}))
      for (const [name, body] of Object.entries(byName)) add(`data.${type}.${name}`, body);
    for (const [name, body] of Object.entries(json.variable ?? {})) add(`var.${name}`, body);
    add('provider', json.provider);
    add('terraform', json.terraform);
    const values = new Set();
    for (const body of Object.values(json.output ?? {})) leaves(body.value, values);
    outputs.set(stack.name, { count: Object.keys(json.output ?? {}).length, values });
  }
  return { found, outputs };
}

/**
 * Fails loudly if the two folders do not hold the same resources, data
 * sources and variables, or if cogfed's outputs lack a value the baseline's
 * outputs carry; reports (without failing) the blocks whose contents differ,
 * e.g. the baseline's `Fn.lookupNested` renders `jsondecode(...).key` where
 * cogfed writes `jsondecode(...)["key"]`, the same value.
 */
function compareOutputs(label, cogfedDir, baselineDir) {
  const { found: ours, outputs: ourOutputs } = contents(cogfedDir);
  const { found: theirs, outputs: theirOutputs } = contents(baselineDir);
  const onlyOurs = [...ours.keys()].filter((a) => !theirs.has(a));
  const onlyTheirs = [...theirs.keys()].filter((a) => !ours.has(a));
  const list = (items) =>
    items
      .slice(0, 20)
      .map((a) => `    ${a}`)
      .join('\n') + (items.length > 20 ? `\n    … and ${items.length - 20} more` : '');
  if (onlyOurs.length > 0 || onlyTheirs.length > 0) {
    throw new Error(
      `bench synth (${label}): the baseline does not create the same Terraform addresses as cogfed, so the comparison is void.\n` +
        `  only cogfed (${onlyOurs.length}):\n${list(onlyOurs)}\n  only the baseline (${onlyTheirs.length}):\n${list(onlyTheirs)}`,
    );
  }
  const missing = [...theirOutputs].flatMap(([stack, { values }]) =>
    [...values].filter((v) => !ourOutputs.get(stack)?.values.has(v)).map((v) => `${stack}: ${v}`),
  );
  if (missing.length > 0)
    throw new Error(
      `bench synth (${label}): the baseline outputs values cogfed's outputs do not carry:\n${list(missing)}`,
    );
  const count = (outputs) => [...outputs.values()].reduce((n, o) => n + o.count, 0);
  const differing = [...ours.keys()].filter((a) => ours.get(a) !== theirs.get(a));
  process.stderr.write(
    `bench synth (${label}): same ${ours.size} addresses in cogfed's and the baseline's output; ${ours.size - differing.length} blocks identical; ` +
      `outputs: cogfed ${count(ourOutputs)}, the baseline ${count(theirOutputs)}, every baseline value in cogfed's`,
  );
  if (differing.length === 0) process.stderr.write('\n');
  // Expected: the providers whose secret is a Secrets Manager key (Fn.lookupNested vs cogfed's `["key"]`).
  else
    process.stderr.write(
      `; ${differing.length} blocks differ in content only (e.g. ${differing.slice(0, 2).join(', ')})\n`,
    );
  return { cogfedOutputs: count(ourOutputs), baselineOutputs: count(theirOutputs) };
}

/** A cdktf project folder whose app is the baseline: the repository's cdktf.json with only `app` changed. */
function baselineProject(root, dir, modelsFile) {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'cdktf.json'), 'utf8'));
  config.app = `${JSON.stringify(process.execPath)} ${JSON.stringify(BASELINE_APP)} ${JSON.stringify(modelsFile)}`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdktf.json'), `${JSON.stringify(config, null, 2)}\n`);
  return dir;
}

/** The cdktf CLI's own script (what `npx cdktf` ends up running), so npx's start-up is not measured. */
function cdktfCli(root) {
  return fs.realpathSync(path.join(root, 'node_modules', '.bin', 'cdktf'));
}

function synthSuite({ runs, root, cli, largeFile }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cogfed-bench-synth-'));
  try {
    // Outside timing: the baseline's input, and the check that both write the same addresses.
    const examplesModels = path.join(tmp, 'examples-models.json');
    const largeModels = path.join(tmp, 'large-models.json');
    run(process.execPath, [DUMP_MODELS, examplesModels], { cwd: root });
    run(process.execPath, [DUMP_MODELS, largeModels, largeFile], { cwd: root });

    // Every output folder at the same depth, so the local backend's relative state path is the same in all.
    const out = (name) => path.join(tmp, 'out', name);
    const cases = {
      cogfedExamples: {
        name: 'cogfed synth config/',
        cmd: process.execPath,
        args: [cli, 'synth', '--output', out('cogfed-examples')],
        cwd: root,
      },
      baselineExamples: {
        name: 'baseline app, examples',
        cmd: process.execPath,
        args: [BASELINE_APP, examplesModels, out('baseline-examples')],
        cwd: root,
      },
      cogfedLarge: {
        name: 'cogfed synth large (50x20x5)',
        cmd: process.execPath,
        args: [cli, 'synth', largeFile, '--output', out('cogfed-large')],
        cwd: root,
      },
      baselineLarge: {
        name: 'baseline app, large (50x20x5)',
        cmd: process.execPath,
        args: [BASELINE_APP, largeModels, out('baseline-large')],
        cwd: root,
      },
    };
    for (const c of Object.values(cases)) run(c.cmd, c.args, { cwd: c.cwd });
    compareOutputs('examples', out('cogfed-examples'), out('baseline-examples'));
    const largeOutputs = compareOutputs('large', out('cogfed-large'), out('baseline-large'));
    const largePools = JSON.parse(fs.readFileSync(largeModels, 'utf8')).reduce(
      (n, m) => n + m.pools.length,
      0,
    );

    // `cdktf synth`: the repository's own app (dist/main.js over config/) in the repository root, writing its
    // cdktf.out there as `npx cdktf synth` does; the baseline in a project folder of its own, writing its own cdktf.out.
    const cdktf = cdktfCli(root);
    const project = baselineProject(root, path.join(tmp, 'baseline-project'), examplesModels);
    cases.cdktfCogfed = {
      name: 'cdktf synth (dist/main.js, config/)',
      cmd: process.execPath,
      args: [cdktf, 'synth'],
      cwd: root,
      env: { ...CDKTF_ENV, COGFED_CONFIG: '' },
    };
    cases.cdktfBaseline = {
      name: 'cdktf synth (baseline app, examples)',
      cmd: process.execPath,
      args: [cdktf, 'synth'],
      cwd: project,
      env: CDKTF_ENV,
    };

    // Each pair side by side in every round, so a slow spell of the machine hits both alike.
    const order = [
      'cogfedExamples',
      'baselineExamples',
      'cogfedLarge',
      'baselineLarge',
      'cdktfCogfed',
      'cdktfBaseline',
    ];
    const results = measureAll(
      order.map((key) => cases[key]),
      runs,
    );
    const by = Object.fromEntries(order.map((key, i) => [key, results[i]]));
    compareOutputs('cdktf synth', path.join(root, 'cdktf.out'), path.join(project, 'cdktf.out'));

    const wall = (a, b) => by[a].wallSeconds / by[b].wallSeconds;
    const rss = (a, b) => by[a].maxRssKb / by[b].maxRssKb;
    return {
      results,
      checks: [
        {
          what: 'cogfed synth examples / baseline, wall',
          value: wall('cogfedExamples', 'baselineExamples'),
          limit: 1.2,
          unit: 'x',
        },
        {
          what: 'cogfed synth large / baseline, wall',
          value: wall('cogfedLarge', 'baselineLarge'),
          limit: 1.3,
          unit: 'x',
        },
        {
          what: 'cogfed synth large / baseline, peak RSS',
          value: rss('cogfedLarge', 'baselineLarge'),
          limit: 1.3,
          unit: 'x',
        },
        {
          what: 'cdktf synth examples: cogfed app / baseline app, wall',
          value: wall('cdktfCogfed', 'cdktfBaseline'),
          limit: 1.3,
          unit: 'x',
        },
        // Outputs grow with pools, not with clients x providers: one per pool.
        {
          what: `stack outputs of the large file (${largePools} pools)`,
          value: largeOutputs.cogfedOutputs,
          limit: largePools,
          unit: ' outputs',
        },
      ],
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Called by bench/run.js. */
function suites(options) {
  return { synth: () => synthSuite(options) };
}

module.exports = { suites, compareOutputs };
