import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { diff, DiffCommandOptions } from '../../src/cli/diff';
import { UsageError } from '../../src/load/files';

/**
 * A throwaway git repository: files committed on `main` (the base), then
 * edited in the working tree (the head), as in a pull request's checkout.
 */
export class TempRepo {
  readonly dir: string;

  constructor(files: Record<string, string>) {
    this.dir = mkdtempSync(join(tmpdir(), 'cogfed-diff-'));
    this.git('init', '-q', '-b', 'main');
    for (const [path, text] of Object.entries(files)) this.write(path, text);
    this.commit('base');
  }

  git(...args: string[]): string {
    // Identity and signing given per command: the machine's git config must not matter.
    return execFileSync(
      'git',
      [
        '-c',
        'user.name=cogfed test',
        '-c',
        'user.email=test@example.com',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      {
        cwd: this.dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
    return this;
  }

  edit(path: string, change: (text: string) => string): this {
    const before = readFileSync(join(this.dir, path), 'utf8');
    const after = change(before);
    if (after === before)
      throw new Error(`edit of ${path} changed nothing: the test's search text is stale`);
    return this.write(path, after);
  }

  remove(path: string): this {
    rmSync(join(this.dir, path));
    return this;
  }

  commit(message: string): this {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this;
  }

  /** `cogfed diff` in-process, as main.ts would run it: usage errors become exit 2. */
  diff(options: Partial<DiffCommandOptions> & { files?: string[]; cwd?: string } = {}): {
    stdout: string;
    stderr: string;
    exitCode: number;
  } {
    try {
      const { files, cwd, base, accept, format, ...rest } = options;
      return diff(
        files ?? [],
        { base: base ?? 'main', accept: accept ?? [], format: format ?? 'text', ...rest },
        cwd ?? this.dir,
      );
    } catch (error) {
      if (error instanceof UsageError)
        return { stdout: '', stderr: `cogfed: ${error.message}\n`, exitCode: 2 };
      throw error;
    }
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
