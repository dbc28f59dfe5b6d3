'use strict';
// Runs commands under /usr/bin/time -v and reads wall time and peak memory.
const { spawnSync } = require('node:child_process');

const TIME = '/usr/bin/time';

/** One run: { wallSeconds, maxRssKb, status }. */
function measureOnce({ cmd, args = [], cwd, env }) {
  const result = spawnSync(TIME, ['-v', cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error)
    throw new Error(
      `${TIME} could not run (${result.error.message}); install GNU time (Debian package "time")`,
    );
  const wall =
    /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(
      result.stderr,
    );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!wall || !rss)
    throw new Error(
      `no /usr/bin/time -v figures for ${cmd} ${args.join(' ')}:\n${result.stderr.slice(-2000)}`,
    );
  const wallSeconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const exit = /Exit status: (\d+)/.exec(result.stderr);
  return { wallSeconds, maxRssKb: Number(rss[1]), status: exit ? Number(exit[1]) : result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measure every case `runs` times, round-robin (case A, B, C, A, B, C, ...),
 * so a slow spell of the machine hits every case alike. One warm-up round
 * first (file cache), not counted.
 */
function measureAll(cases, runs) {
  for (const c of cases) {
    const warm = measureOnce(c);
    if (warm.status !== 0 && !c.allowFailure) throw new Error(`${c.name} exited ${warm.status}`);
  }
  const samples = new Map(cases.map((c) => [c.name, []]));
  for (let i = 0; i < runs; i++) for (const c of cases) samples.get(c.name).push(measureOnce(c));
  return cases.map((c) => {
    const s = samples.get(c.name);
    return {
      name: c.name,
      runs: s.length,
      wallSeconds: median(s.map((x) => x.wallSeconds)),
      maxRssKb: median(s.map((x) => x.maxRssKb)),
      samples: s,
    };
  });
}

module.exports = { measureOnce, measureAll, median };
