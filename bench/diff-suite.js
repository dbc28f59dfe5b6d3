'use strict';
// The `diff` and `review` suites: cogfed diff and review on a change in a
// temporary git repository (the base committed on `main`, the change in the
// working tree, as in a pull request's checkout). Targets:
//
//   diff, a one-line change in the 50x20x5 file     <= 2 s wall
//   diff, a one-line change (examples, large file)  <= 3x `cogfed validate` of both sides
//                                                       (one process validating the base and the head files)
//   review, review --base, diff --format markdown   <= 65,536 characters (one GitHub comment),
//                                                       also for a change that replaces every resource
//
// A change that touches every pool (the Region) is measured too, without a
// target: it compiles both sides whole, as Terraform would plan them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { measureAll } = require('./measure');

const GITHUB_COMMENT_LIMIT = 65_536;

function git(cwd, ...args) {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=bench',
      '-c',
      'user.email=bench@example.com',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A repository with `files` committed on main, then `change` applied in the working tree (path → new text). */
function repository(dir, files, change) {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  for (const [name, edit] of Object.entries(change)) {
    const before = fs.readFileSync(path.join(dir, name), 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`bench: the change to ${name} changed nothing`);
    fs.writeFileSync(path.join(dir, name), after);
  }
  return dir;
}

/**
 * The base side's config/ tree (as committed on main) in a folder of its own,
 * files beside the YAML (SAML metadata, tenant files) included, so one
 * validate run takes both sides. Its stacks (`stack:` of files, environments
 * and tenant joins) and domain prefixes get a `base` mark, so the two sides
 * are one valid estate: a run that reports duplicates spends its time
 * locating and printing them, which is not the work being compared.
 */
function baseCopy(dir, out) {
  const archive = spawnSync('git', ['archive', 'main', 'config'], { cwd: dir });
  if (archive.status !== 0) throw new Error(`git archive: ${archive.stderr}`);
  fs.mkdirSync(out, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', out], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr}`);
  const config = path.join(out, 'config');
  for (const entry of fs.readdirSync(config, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      text
        .replace(/\bstack: ([a-z0-9-]+)/g, 'stack: $1-base')
        .replace(/\bprefix: ([a-z0-9-]+)/g, 'prefix: base-$1'),
    );
  }
  return config;
}

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

/** The one-line changes the suites measure: the name of one pool of fifty; a callback URL in an example. */
const LARGE_ONE_LINE = {
  'config/large.yaml': (s) =>
    s.replace(/^ {4}name: bench-pool17$/m, '    name: bench-pool17-renamed'),
};
const EXAMPLES_ONE_LINE = {
  'config/auth0.yaml': (s) =>
    s.replace('http://localhost:3000/callback]', 'http://localhost:3001/callback]'),
};
const LARGE_REGION = {
  'config/large.yaml': (s) => s.replace('region: us-east-1', 'region: eu-west-1'),
};

/** Every file under config/, subfolders (tenant files) and files beside the YAML (SAML metadata) included. */
function examplesFiles(root) {
  const dir = path.join(root, 'config');
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath ?? entry.path, entry.name);
        const name = path.relative(root, full).split(path.sep).join('/');
        return [name, fs.readFileSync(full, 'utf8')];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function diffSuite({ runs, root, cli, largeFile }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cogfed-bench-diff-'));
  try {
    const large = fs.readFileSync(largeFile, 'utf8');
    const largeRepo = repository(
      path.join(tmp, 'large'),
      { 'config/large.yaml': large },
      LARGE_ONE_LINE,
    );
    const examplesRepo = repository(
      path.join(tmp, 'examples'),
      examplesFiles(root),
      EXAMPLES_ONE_LINE,
    );
    const regionRepo = repository(
      path.join(tmp, 'region'),
      { 'config/large.yaml': large },
      LARGE_REGION,
    );
    const largeBase = baseCopy(largeRepo, path.join(tmp, 'large-base'));
    const examplesBase = baseCopy(examplesRepo, path.join(tmp, 'examples-base'));
    const node = process.execPath;
    const cases = [
      {
        key: 'diffLarge',
        name: 'cogfed diff, one line of the large file',
        cmd: node,
        args: [cli, 'diff', '--base', 'main'],
        cwd: largeRepo,
      },
      // Both sides in one run: the head's files and the base's (the files at main, under other stack names).
      {
        key: 'validateLarge',
        name: 'cogfed validate, both sides of the large file',
        cmd: node,
        args: [cli, 'validate', 'config/large.yaml', largeBase],
        cwd: largeRepo,
      },
      {
        key: 'diffExamples',
        name: 'cogfed diff, one line of config/',
        cmd: node,
        args: [cli, 'diff', '--base', 'main'],
        cwd: examplesRepo,
      },
      {
        key: 'validateExamples',
        name: 'cogfed validate, both sides of config/',
        cmd: node,
        args: [cli, 'validate', 'config', examplesBase],
        cwd: examplesRepo,
      },
      // Exit 1: the Region change replaces every pool, a blocking hazard (measured all the same).
      {
        key: 'diffRegion',
        name: 'cogfed diff, the Region of the large file (everything replaced)',
        cmd: node,
        args: [cli, 'diff', '--base', 'main'],
        cwd: regionRepo,
        allowFailure: true,
      },
    ];
    // The change must be what the suite says: one stack changed, and only the one pool compiled (checked on the report).
    const report = JSON.parse(
      run(node, [cli, 'diff', '--base', 'main', '--format', 'json'], largeRepo).stdout,
    );
    const changed = report.stacks.flatMap((s) => s.changes.map((c) => c.address));
    if (!changed.every((a) => /\.pool17$/.test(a)))
      throw new Error(`bench diff: the one-line change touched ${changed.join(', ')}`);

    const results = measureAll(cases, runs);
    const by = Object.fromEntries(cases.map((c, i) => [c.key, results[i]]));
    return {
      results,
      checks: [
        {
          what: 'diff, one line of the large file, wall',
          value: by.diffLarge.wallSeconds,
          limit: 2,
          unit: 's',
        },
        {
          what: 'diff / validate of both sides, large file',
          value: by.diffLarge.wallSeconds / by.validateLarge.wallSeconds,
          limit: 3,
          unit: 'x',
        },
        {
          what: 'diff / validate of both sides, config/',
          value: by.diffExamples.wallSeconds / by.validateExamples.wallSeconds,
          limit: 3,
          unit: 'x',
        },
      ],
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Characters of what a command prints (a Markdown comment). */
function printed(cmd, args, cwd) {
  const result = run(cmd, args, cwd);
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  return result.stdout.length;
}

function reviewSuite({ runs, cli, largeFile }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cogfed-bench-review-'));
  try {
    const large = fs.readFileSync(largeFile, 'utf8');
    const oneLine = repository(
      path.join(tmp, 'large'),
      { 'config/large.yaml': large },
      LARGE_ONE_LINE,
    );
    const region = repository(
      path.join(tmp, 'region'),
      { 'config/large.yaml': large },
      LARGE_REGION,
    );
    const node = process.execPath;
    const full = path.join(tmp, 'review-full.md');
    const cases = [
      {
        key: 'review',
        name: 'cogfed review, the large file',
        cmd: node,
        args: [cli, 'review', '--output-full', full],
        cwd: oneLine,
      },
      {
        key: 'reviewBase',
        name: 'cogfed review --base, one line of the large file',
        cmd: node,
        args: [cli, 'review', '--base', 'main'],
        cwd: oneLine,
      },
      {
        key: 'diffMarkdown',
        name: 'cogfed diff --format markdown, the Region of the large file',
        cmd: node,
        args: [cli, 'diff', '--base', 'main', '--format', 'markdown'],
        cwd: region,
        allowFailure: true,
      },
    ];
    const sizes = Object.fromEntries(cases.map((c) => [c.key, printed(c.cmd, c.args, c.cwd)]));
    const fullSize = fs.statSync(full).size;
    const results = measureAll(cases, runs);
    process.stderr.write(
      `bench review: complete review ${fullSize} bytes (--output-full); printed: ${Object.entries(
        sizes,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} characters\n`,
    );
    return {
      results,
      checks: [
        {
          what: 'review of the large file, characters',
          value: sizes.review,
          limit: GITHUB_COMMENT_LIMIT,
          unit: ' chars',
        },
        {
          what: 'review --base, one line of the large file, characters',
          value: sizes.reviewBase,
          limit: GITHUB_COMMENT_LIMIT,
          unit: ' chars',
        },
        {
          what: 'diff --format markdown, everything replaced, characters',
          value: sizes.diffMarkdown,
          limit: GITHUB_COMMENT_LIMIT,
          unit: ' chars',
        },
      ],
      sizes: { ...sizes, reviewFull: fullSize },
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Called by bench/run.js. */
function suites(options) {
  return { diff: () => diffSuite(options), review: () => reviewSuite(options) };
}

module.exports = { suites };
