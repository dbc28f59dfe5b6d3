import { relative } from 'node:path';
import { errnoText } from '../load/read';

/**
 * A system error that is the environment's, not a bug in cogfed: a folder
 * that cannot be read, an output path through a file, a full disk, a
 * read-only file system. The CLI says what it could not do, and exits 2.
 */
const ACTIONS: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  close: 'write',
  fsync: 'write',
  mkdir: 'create the folder',
  mkdtemp: 'create a folder in',
  rmdir: 'remove the folder',
  rm: 'remove',
  unlink: 'remove',
  rename: 'move',
  link: 'link',
  symlink: 'link',
  copyfile: 'copy',
  chmod: 'change the permissions of',
  scandir: 'list the folder',
  opendir: 'list the folder',
  stat: 'read',
  lstat: 'read',
  access: 'read',
  realpath: 'resolve',
  readlink: 'read the link',
  utime: 'change',
};

export function environmentMessage(error: unknown, cwd = process.cwd()): string | undefined {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (
    !(error instanceof Error) ||
    typeof e.code !== 'string' ||
    !/^E[A-Z0-9]+$/.test(e.code) ||
    typeof e.syscall !== 'string'
  )
    return undefined;
  const shown = (path: string) => relative(cwd, path) || '.';
  const action = Object.prototype.hasOwnProperty.call(ACTIONS, e.syscall)
    ? ACTIONS[e.syscall]
    : e.syscall;
  const path = e.path ? ` ${shown(e.path)}` : '';
  const dest = e.dest ? ` to ${shown(e.dest)}` : '';
  return `cannot ${action}${path}${dest} (${errnoText(e)})`;
}
