/**
 * Points where a test can kill synth as `kill -9` would (`COGFED_TEST_CRASH_AT`),
 * or make it hold its lock a while (`COGFED_TEST_HOLD_LOCK_MS`), to prove
 * that an interrupted run is finished or rolled back by the next one and that
 * concurrent runs wait for each other (test/synth/crash.test.ts). Unset, they
 * do nothing.
 */
export type CrashPoint =
  | 'after-lock'
  | 'after-staging'
  | 'after-journal'
  | 'between-renames'
  | 'after-swap'
  | 'before-unlock';

export function crashPoint(point: CrashPoint): void {
  if (process.env.COGFED_TEST_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

export function holdLockForTest(): void {
  const ms = Number(process.env.COGFED_TEST_HOLD_LOCK_MS ?? 0);
  if (ms > 0) sleep(ms);
}

/** A synchronous sleep (synth is synchronous from start to end). */
export function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
