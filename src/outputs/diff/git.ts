import { execFileSync } from 'node:child_process';
import { UsageError } from '../../load/files';

/**
 * Read-only access to the repository around the working directory: files
 * at a ref come from `git show REF:path`, never from a checkout, so the
 * working tree (and other people's work in it) is never touched.
 */
export class GitRepo {
  private constructor(
    /** Absolute path of the repository's top level. */
    readonly top: string,
    /** The working directory relative to the top level, `''` or ending in `/` (`git rev-parse --show-prefix`). */
    readonly prefix: string,
  ) {}

  static open(cwd: string): GitRepo {
    let out: string;
    try {
      out = execFileSync('git', ['rev-parse', '--show-toplevel', '--show-prefix'], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch {
      throw new UsageError(
        'diff compares against a git ref, and this folder is not inside a git repository',
      );
    }
    const [top, prefix = ''] = out.split('\n');
    return new GitRepo(top, prefix);
  }

  /** The commit a ref names; a usage error, naming the ref, if it names none. */
  resolve(ref: string): string {
    if (ref.startsWith('-')) throw new UsageError(`--base ${ref}: not a git ref`);
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
        .toString('utf8')
        .trim();
    } catch {
      throw new UsageError(
        `--base ${ref}: no such commit, branch or tag in this repository (in a CI checkout, fetch it first: git fetch origin, with fetch-depth: 0)`,
      );
    }
  }

  /** What a repository path is at a commit: a file, a folder, or nothing. */
  kind(commit: string, path: string): 'blob' | 'tree' | undefined {
    if (path === '') return 'tree';
    try {
      const type = this.git(['cat-file', '-t', `${commit}:${path}`])
        .toString('utf8')
        .trim();
      return type === 'blob' || type === 'tree' ? type : undefined;
    } catch {
      return undefined;
    }
  }

  /** A file's bytes at a commit (undefined if it does not exist there). */
  show(commit: string, path: string): Buffer | undefined {
    try {
      return this.git(['show', `${commit}:${path}`]);
    } catch {
      return undefined;
    }
  }

  /**
   * Many files' bytes at a commit in one `git cat-file --batch` process (a
   * `git show` per file costs a process each: seconds for hundreds of tenant
   * files). Paths that do not exist there are left out.
   */
  showMany(commit: string, paths: readonly string[]): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    // A path with a newline cannot go through --batch's line protocol; such a name is read alone.
    for (const path of paths.filter((p) => p.includes('\n'))) {
      const bytes = this.show(commit, path);
      if (bytes) out.set(path, bytes);
    }
    paths = paths.filter((p) => !p.includes('\n'));
    if (paths.length === 0) return out;
    const input = paths.map((p) => `${commit}:${p}\n`).join('');
    const raw = execFileSync('git', ['cat-file', '--batch'], {
      cwd: this.top,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 1024 * 1024 * 1024,
    });
    let at = 0;
    for (const path of paths) {
      const eol = raw.indexOf(10, at);
      const header = raw.subarray(at, eol).toString('utf8');
      at = eol + 1;
      // `<object> <type> <size>`, then the content and a newline; or `<name> missing`.
      const [, type, size] = header.split(' ');
      if (header.endsWith(' missing') || size === undefined) continue;
      const length = Number(size);
      if (type === 'blob') out.set(path, Buffer.from(raw.subarray(at, at + length)));
      at += length + 1;
    }
    return out;
  }

  /** A file's size in bytes at a commit (`git cat-file -s`), to refuse a large one before reading it. */
  size(commit: string, path: string): number | undefined {
    try {
      return Number(
        this.git(['cat-file', '-s', `${commit}:${path}`])
          .toString('utf8')
          .trim(),
      );
    } catch {
      return undefined;
    }
  }

  /** Names of the files in a folder at a commit (`git ls-tree`); with `recursive`, in its subfolders too, as `sub/name`. */
  list(commit: string, folder: string, recursive = false): string[] {
    const spec = folder === '' ? commit : `${commit}:${folder}`;
    // Each record: `<mode> SP <type> SP <object> TAB <name>`.
    const records = this.git(['ls-tree', '-z', ...(recursive ? ['-r'] : []), spec])
      .toString('utf8')
      .split('\0')
      .filter(Boolean);
    return records
      .filter((r) => r.split(' ')[1] === 'blob')
      .map((r) => r.slice(r.indexOf('\t') + 1));
  }

  private git(args: string[]): Buffer {
    // 64 MiB: a config file is at most 8 MiB (load.ts LIMITS); git's own output stays far below.
    return execFileSync('git', args, {
      cwd: this.top,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  }
}
