import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, isAbsolute, posix, resolve } from 'node:path';

/**
 * Files a configuration names beside itself (a SAML provider's
 * `metadataFile`), read relative to the YAML file. The validate stage reads
 * each once, through a reader the caller chooses: the disk for the working
 * tree, `git show` for a base ref (diff), memory for tests.
 */
export type RelatedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' | 'not-file' | 'unreadable'; detail?: string }
  | { ok: false; reason: 'too-large'; bytes: number };

/** Reads a path relative to one YAML file's folder (as the file writes it, `/`-separated), at most `maxBytes`. */
export type RelatedReader = (relative: string, maxBytes: number) => RelatedRead;

/**
 * A path the file may name: relative, `/`-separated, not empty. An absolute
 * path (or a Windows drive or backslash) would tie the configuration to one
 * machine and read outside the repository the file lives in.
 */
export function relativePathProblem(path: string): string | undefined {
  if (path.trim() === '') return 'is empty';
  if (path.includes('\\')) return 'contains `\\` (write `/` between folders)';
  if (isAbsolute(path) || posix.isAbsolute(path) || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.includes('\0')) return 'contains a NUL character';
  return undefined;
}

/** The reader for a YAML file on disk: paths resolve against its folder. */
export function diskReader(yamlPath: string): RelatedReader {
  const folder = dirname(resolve(yamlPath));
  return (relative, maxBytes) => readBounded(resolve(folder, relative), maxBytes);
}

/**
 * Reads a regular file, at most `maxBytes`. The file is opened without
 * blocking (a FIFO named like the metadata would otherwise wait forever) and
 * checked with fstat on the open descriptor, so what is read is what was checked.
 */
export function readBounded(path: string, maxBytes: number): RelatedRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'unreadable', detail: code ?? 'unknown error' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not-file' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too-large', bytes: stat.size };
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      // The file grew after fstat: still never more than the bound.
      if (length > maxBytes) return { ok: false, reason: 'too-large', bytes: length };
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return {
      ok: false,
      reason: 'unreadable',
      detail: (error as NodeJS.ErrnoException).code ?? 'unknown error',
    };
  } finally {
    closeSync(fd);
  }
}

/** A reader over files in memory, keyed by their path relative to the YAML file (tests, tools). */
export function memoryReader(files: Readonly<Record<string, string | Buffer>>): RelatedReader {
  return (relative, maxBytes) => {
    const content = files[posix.normalize(relative)];
    if (content === undefined) return { ok: false, reason: 'missing' };
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content);
    return bytes.length > maxBytes
      ? { ok: false, reason: 'too-large', bytes: bytes.length }
      : { ok: true, bytes };
  };
}
