import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; code: 'file-unreadable'; reason: string }
  | { ok: false; code: 'file-not-regular'; kind: string }
  | { ok: false; code: 'file-too-large'; size: number };

const CHUNK = 64 * 1024;

/**
 * Read a whole file, but never more than `maxBytes`: the file is opened,
 * the descriptor (not the path, which could change in between) is checked to
 * be a regular file, and the size is enforced while reading, because `stat`
 * says 0 bytes for `/dev/zero` and a file can grow while it is read.
 * `O_NONBLOCK` keeps `open` from waiting for a writer when the path is a FIFO;
 * it changes nothing for regular files.
 */
export function readBounded(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, code: 'file-unreadable', reason: errnoText(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, code: 'file-not-regular', kind: kindOf(stat) };
    // Start from the size stat reports (plus one byte, to see growth past the limit) and grow if the file does.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2 + CHUNK, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes)
      return { ok: false, code: 'file-too-large', size: Math.max(stat.size, length) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, code: 'file-unreadable', reason: errnoText(error) };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `EACCES: permission denied`, from a Node.js system error, without the path (the diagnostic names the file). */
export function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const description = ERRNO_TEXT[code ?? ''];
  return code ? `${code}${description ? `: ${description}` : ''}` : 'unknown error';
}

/** What the system errors cogfed meets mean, in words. */
export const ERRNO_TEXT: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'is a folder',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'name too long',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
    ENOTEMPTY: 'folder not empty',
    EBUSY: 'resource busy',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files in the system',
    EIO: 'input/output error',
    EXDEV: 'crosses file systems',
    EAGAIN: 'resource temporarily unavailable',
    ETXTBSY: 'text file busy',
    EFBIG: 'file too large',
    EINVAL: 'invalid argument',
  }),
);
