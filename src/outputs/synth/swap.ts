import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from './test-hooks';

/**
 * Replacing the output folder so that an interruption at any moment is
 * finished or rolled back by the next run.
 *
 * The new output is built in a staging folder beside the target
 * (`.<name>.tmp-<pid>-<random>`, holding a `.cogfed-staging` marker while it
 * is being built). When it is complete, a journal (`.<name>.swap`) records
 * the staging folder and the name the old output will get; that is the
 * commit point. Then: the old output is renamed aside, the staging folder
 * renamed into place, the old output deleted, the journal deleted.
 *
 * The next run, under the same lock, reads a journal left behind:
 * - the staging folder still exists (killed before the second rename): roll
 *   back, i.e. put the old output back if it was moved, delete the staging;
 * - it does not (killed after the second rename): the new output is in
 *   place; finish by deleting the old one.
 * Staging folders without a journal (killed before the commit point) are
 * recognized by name and marker, and deleted. Nothing else is touched.
 */
export const STAGING_MARKER = '.cogfed-staging';

interface Journal {
  staged: string;
  old: string;
  pid: number;
}

export function journalPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.swap`);
}

function stagingPattern(target: string): RegExp {
  return new RegExp(`^\\.${escape(basename(target))}\\.tmp-\\d+-[0-9a-f]{12}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unique(): string {
  return `${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** A new, empty staging folder beside `target`, with normal permissions (mkdtemp's are 0700) and the marker inside. */
export function createStaging(target: string): string {
  for (;;) {
    const staged = join(dirname(target), `.${basename(target)}.tmp-${unique()}`);
    try {
      mkdirSync(staged, { mode: 0o777 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    writeFileSync(join(staged, STAGING_MARKER), `${process.pid}\n`);
    return staged;
  }
}

/** Put a complete staging folder in place of `target` (which may not exist). */
export function commitSwap(staged: string, target: string): void {
  const parent = dirname(target);
  const old = `.${basename(target)}.old-${unique()}`;
  const journal: Journal = { staged: basename(staged), old, pid: process.pid };
  writeDurably(journalPath(target), `${JSON.stringify(journal)}\n`);
  crashPoint('after-journal');
  rmSync(join(staged, STAGING_MARKER), { force: true });
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, join(parent, old));
  crashPoint('between-renames');
  try {
    renameSync(staged, target);
  } catch (error) {
    // Nothing is lost: put the old output back, forget the journal; the caller deletes the staging folder.
    if (hadTarget) renameSync(join(parent, old), target);
    rmSync(journalPath(target), { force: true });
    throw error;
  }
  crashPoint('after-swap');
  // The new output is in place. Deleting the old copy may fail (it is only space); the next run retries from the journal.
  try {
    rmSync(join(parent, old), { recursive: true, force: true });
    rmSync(journalPath(target), { force: true });
  } catch {
    // Left for the next run.
  }
}

/**
 * Finish or roll back an interrupted swap, and delete staging folders that
 * runs killed before their commit point left. Call with the lock held.
 * Returns what was done, in words, for the user.
 */
export function recoverOutput(target: string, shown: string): string[] {
  const notes: string[] = [];
  const parent = dirname(target);
  const journalFile = journalPath(target);
  const journal = readJournal(journalFile);
  if (journal) {
    const staged = join(parent, journal.staged);
    const old = join(parent, journal.old);
    if (existsSync(staged)) {
      // Killed before the new output was in place: the previous output is restored.
      if (!existsSync(target) && existsSync(old)) renameSync(old, target);
      rmSync(staged, { recursive: true, force: true });
      notes.push(
        `a synth of ${shown} (pid ${journal.pid}) was interrupted before it finished; ${existsSync(target) ? 'the previous output is back in place' : 'there was no previous output'}`,
      );
    } else if (!existsSync(target) && existsSync(old)) {
      renameSync(old, target);
      notes.push(
        `a synth of ${shown} (pid ${journal.pid}) was interrupted; the previous output is back in place`,
      );
    } else if (existsSync(old)) {
      notes.push(
        `a synth of ${shown} (pid ${journal.pid}) was interrupted after writing its output; finished cleaning up`,
      );
    }
    if (existsSync(old) && existsSync(target)) rmSync(old, { recursive: true, force: true });
    rmSync(journalFile, { force: true });
  } else if (existsSync(journalFile)) {
    // A journal cut short by a crash while it was written: the swap had not started.
    rmSync(journalFile, { force: true });
  }
  rmSync(`${journalFile}.tmp`, { force: true });
  const pattern = stagingPattern(target);
  for (const entry of readdirSync(parent)) {
    if (!pattern.test(entry)) continue;
    const folder = join(parent, entry);
    if (!isDirectory(folder)) continue;
    if (existsSync(join(folder, STAGING_MARKER))) {
      rmSync(folder, { recursive: true, force: true });
      notes.push(`removed ${entry}, left by an interrupted synth`);
    } else if (readdirSync(folder).length === 0) {
      // Killed between creating it and writing the marker.
      rmdirSync(folder);
    }
  }
  return notes;
}

function readJournal(path: string): Journal | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const journal = JSON.parse(text) as Journal;
    // Only names of this folder's own staging and old copies are trusted: a journal never points elsewhere.
    const ok = (name: unknown) =>
      typeof name === 'string' &&
      !name.includes('/') &&
      !name.includes('\\') &&
      name.startsWith('.');
    return ok(journal.staged) && ok(journal.old) ? journal : undefined;
  } catch {
    return undefined;
  }
}

/** Write a small file so that it is complete on disk before anything depends on it: temporary file, fsync, rename, fsync the folder. */
function writeDurably(path: string, text: string): void {
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Not every platform can fsync a folder; the rename is still atomic.
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
