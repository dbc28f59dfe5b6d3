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
   * Several files' bytes at a commit in one `git cat-file --batch` (one
   * process instead of one `git show` per file: a folder of fifty files is
   * fifty spawns otherwise). A path that does not exist there is left out.
   */
  showAll(commit: string, paths: readonly string[]): Map<string, Buffer> {
    const found = new Map<string, Buffer>();
    if (paths.length === 0) return found;
    // A path with a newline cannot go through --batch's line protocol; such a name (never a config file in practice) is read alone.
    const batchable = paths.filter((p) => !p.includes('\n'));
    for (const path of paths.filter((p) => p.includes('\n'))) {
      const bytes = this.show(commit, path);
      if (bytes) found.set(path, bytes);
    }
    const out = execFileSync('git', ['cat-file', '--batch'], {
      cwd: this.top,
      input: batchable.map((p) => `${commit}:${p}\n`).join(''),
      stdio: ['pipe', 'pipe', 'pipe'],
      // A config file is at most 8 MiB (load.ts LIMITS), and the folder's other YAML files are read too.
      maxBuffer: 64 * 1024 * 1024 + batchable.length * 9 * 1024 * 1024,
    });
    // Each answer: `<oid> <type> <size>\n<contents>\n`, or `<name> missing\n` (git-cat-file(1), BATCH OUTPUT).
    let at = 0;
    for (const path of batchable) {
      const eol = out.indexOf(0x0a, at);
      const header = out.subarray(at, eol).toString('utf8');
      at = eol + 1;
      const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
      if (!m) continue;
      const size = Number(m[2]);
      if (m[1] === 'blob') found.set(path, Buffer.from(out.subarray(at, at + size)));
      at += size + 1;
    }
    return found;
  }

  /** Names of the files directly in a folder at a commit (`git ls-tree`). */
  list(commit: string, folder: string): string[] {
    const spec = folder === '' ? commit : `${commit}:${folder}`;
    // Each record: `<mode> SP <type> SP <object> TAB <name>`.
    const records = this.git(['ls-tree', '-z', spec]).toString('utf8').split('\0').filter(Boolean);
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
