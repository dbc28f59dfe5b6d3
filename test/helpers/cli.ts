import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '../..');
/** The bundled CLI, as `npx cogfed` runs it (npm test builds it first, in `pretest`). */
export const CLI = join(REPO, 'dist/cogfed.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A diagnostic line as the spec defines it: `FILE:LINE:COL: error CODE: message`. */
export const DIAGNOSTIC_LINE = /^[^\n]+:\d+:\d+: (error|warning) [a-z0-9-]+: \S.*$/;
