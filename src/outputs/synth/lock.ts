import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../load/files';
import { sleep } from './test-hooks';

/**
 * One synth at a time per output folder: a lock file beside it
 * (`.<name>.lock`), created with O_EXCL and holding the owner's PID, host and
 * process start time. A lock whose owner is gone (no such PID on this host,
 * or the PID now belongs to a process started later) is stale and taken
 * over; a live one is waited for, up to a timeout.
 */
export interface OutputLock {
  release(): void;
}

interface Owner {
  pid: number;
  host: string;
  /** Start time of the process (Linux: /proc/<pid>/stat field 22), to tell a reused PID. */
  started?: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const POLL_MS = 100;
/** An unreadable lock younger than this may be one being written right now. */
const FRESH_MS = 5_000;

export function lockPath(parent: string, name: string): string {
  return join(parent, `.${name}.lock`);
}

/** Take the lock, waiting for a live owner; `onWait` is told once whom it waits for. */
export function acquireLock(
  path: string,
  what: string,
  onWait: (message: string) => void = () => undefined,
): OutputLock {
  const timeout = Number(process.env.COGFED_LOCK_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  const started = Date.now();
  let told = false;
  for (;;) {
    const taken = tryCreate(path);
    if (taken) return taken;
    const current = readOwner(path);
    if (current === 'gone') continue;
    if (isStale(path, current)) {
      takeOverStale(path, current);
      continue;
    }
    const who = current
      ? `pid ${current.pid}${current.host === hostname() ? '' : ` on ${current.host}`}`
      : 'another process';
    if (Date.now() - started > timeout) {
      throw new UsageError(
        `another cogfed synth (${who}) has been writing ${what} for more than ${Math.round(timeout / 1000)} s; if it is no longer running, remove ${path}`,
      );
    }
    if (!told) {
      onWait(`waiting for another synth (${who}) to finish writing ${what}`);
      told = true;
    }
    sleep(POLL_MS);
  }
}

function tryCreate(path: string): OutputLock | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(self())}\n`);
  } catch (error) {
    // No space for even the owner's PID: leave no empty lock behind.
    closeSync(fd);
    tryUnlink(path);
    throw error;
  }
  closeSync(fd);
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  // A run that ends early (an error, process.exit) still gives the lock back.
  process.on('exit', release);
  return { release };
}

function self(): Owner {
  return {
    pid: process.pid,
    host: hostname(),
    ...(startTime(process.pid) ? { started: startTime(process.pid) } : {}),
  };
}

/** The owner recorded in the lock: `undefined` if unreadable, `gone` if the lock disappeared meanwhile. */
function readOwner(path: string): Owner | undefined | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Owner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? owner : undefined;
  } catch {
    return undefined;
  }
}

function isStale(path: string, owner: Owner | undefined): boolean {
  if (!owner) return ageOf(path) > FRESH_MS;
  // A lock from another host cannot be checked from here: it is waited for.
  if (owner.host !== hostname()) return false;
  if (!alive(owner.pid)) return true;
  const started = startTime(owner.pid);
  return owner.started !== undefined && started !== undefined && started !== owner.started;
}

/**
 * Remove a stale lock, once: under a second O_EXCL file, and only if the lock
 * still holds what was judged stale (two runs finding the same stale lock
 * must not remove the one the faster of them just created).
 */
function takeOverStale(path: string, judged: Owner | undefined): void {
  const guard = `${path}.steal`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Someone else is taking it over; a guard left by a crash is itself stale after a while.
    if (ageOf(guard) > FRESH_MS) tryUnlink(guard);
    else sleep(POLL_MS);
    return;
  }
  try {
    const now = readOwner(path);
    if (now !== 'gone' && JSON.stringify(now) === JSON.stringify(judged) && isStale(path, now))
      tryUnlink(path);
  } finally {
    closeSync(fd);
    tryUnlink(guard);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, in parentheses); start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}
