import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../../load/files';
import { errnoText } from '../../load/read';
import { acquireLock, lockPath } from './lock';
import { recoverOutput } from './swap';

/**
 * Finish or roll back a synth of `outdir` that was interrupted. Synth calls
 * this before validating, so even a run with findings restores the output;
 * it loads no CDKTF. Returns what was done, in words.
 */
export function recoverInterruptedSynth(
  outdir: string,
  onWait?: (message: string) => void,
): string[] {
  const target = resolve(outdir);
  const parent = dirname(target);
  if (!existsSync(parent)) return [];
  try {
    const lock = acquireLock(lockPath(parent, basename(target)), outdir, onWait);
    try {
      return recoverOutput(target, outdir);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw asUsageError(error, outdir);
  }
}

/** A file system error while writing the output is the environment's (no space, read-only, permissions): a usage error, exit 2. */
export function asUsageError(error: unknown, outdir: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (
    error instanceof Error &&
    typeof code === 'string' &&
    /^E[A-Z]+$/.test(code) &&
    (error as NodeJS.ErrnoException).syscall
  ) {
    return new UsageError(`cannot write the synth output ${outdir} (${errnoText(error)})`);
  }
  return error;
}
