import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../../load/files';

/**
 * What the output folder may be, checked before anything is written: a
 * folder (or nothing yet) reached through folders, not a file, not a link,
 * not the folder that holds the project, and, when it exists, a folder synth
 * wrote (with a manifest.json) or an empty one: the output is replaced as a
 * whole, so pointing `-o` at another folder would replace that folder.
 */
export function checkOutputTarget(outdir: string, cwd = process.cwd()): void {
  const target = resolve(cwd, outdir);
  let stat;
  try {
    stat = lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  if (stat?.isSymbolicLink()) {
    let points: string;
    try {
      points = readlinkSync(target);
      statSync(target);
    } catch {
      throw new UsageError(
        `--output ${outdir} is a symbolic link to a path that does not exist; name a folder`,
      );
    }
    throw new UsageError(
      `--output ${outdir} is a symbolic link (to ${points}); name the folder itself, which synth replaces as a whole`,
    );
  }
  if (stat && !stat.isDirectory())
    throw new UsageError(`--output ${outdir} exists and is not a folder`);
  if (!stat) checkParentFolders(outdir, cwd);
  const fromTarget = relative(target, cwd);
  if (fromTarget === '' || (!fromTarget.startsWith('..') && !isAbsolute(fromTarget))) {
    throw new UsageError(
      `--output ${outdir} would replace the folder that holds the project or its configuration; name a folder of its own, e.g. cdktf.out`,
    );
  }
}

/** The nearest existing folder above a path that does not exist yet must be a folder: `-o notes.txt/out` names a path through a file. */
export function checkParentFolders(shown: string, cwd = process.cwd()): void {
  for (let above = dirname(resolve(cwd, shown)); ; above = dirname(above)) {
    let stat;
    try {
      stat = statSync(above);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && dirname(above) !== above) continue;
      throw error;
    }
    if (!stat.isDirectory())
      throw new UsageError(
        `--output ${shown} goes through ${relative(cwd, above) || above}, which is a file, not a folder`,
      );
    return;
  }
}

export interface PreviousOutput {
  /** The stacks its manifest lists: the stack folders synth wrote, and may drop. */
  stacks: Set<string>;
  /** Its permission bits, kept for the new folder. */
  mode: number;
}

/** The existing output folder, if any; refuses a non-empty folder synth did not write. */
export function previousOutput(target: string, shown: string): PreviousOutput | undefined {
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return undefined;
  }
  const entries = readdirSync(target);
  const manifest = join(target, 'manifest.json');
  let stacks: string[] = [];
  if (entries.includes('manifest.json')) {
    try {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as {
        stacks?: Record<string, unknown>;
      };
      stacks = Object.keys(parsed.stacks ?? {});
    } catch {
      stacks = [];
    }
  } else if (entries.length > 0) {
    throw new UsageError(
      `--output ${shown} is a folder that synth did not write (it has no manifest.json), and synth replaces its output folder as a whole; name a new or empty folder, e.g. cdktf.out`,
    );
  }
  return { stacks: new Set(stacks), mode: stat.mode & 0o7777 };
}
