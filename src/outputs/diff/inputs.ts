import { readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import {
  DEFAULT_CONFIG_DIR,
  listYamlFiles,
  pathKind,
  UsageError,
  YAML_FILE,
} from '../../load/files';
import type { GitRepo } from './git';

export interface BaseFile {
  /** As the user would name it (relative to the working directory), like the head's paths. */
  path: string;
  bytes: Buffer;
  /** Its path inside the repository: the files it names beside itself (SAML metadata) are read from there. */
  repoPath: string;
}

export interface DiffInputs {
  /** Files in the working tree, as `resolveConfigFiles` names them. */
  head: string[];
  /** The same targets at the base commit. */
  base: BaseFile[];
}

/**
 * The files to compare, on both sides. Each target (a named file or folder,
 * default `config/`) is resolved in the working tree and, separately, at the
 * base commit: a file only at the base is a stack this change removes, a file
 * only in the working tree a stack it adds. A target that exists on neither
 * side is a usage error.
 */
export function collectInputs(
  named: readonly string[],
  cwd: string,
  repo: GitRepo,
  commit: string,
  ref: string,
): DiffInputs {
  const targets = named.length > 0 ? named : [DEFAULT_CONFIG_DIR];
  const head: string[] = [];
  const base: BaseFile[] = [];
  for (const target of targets) {
    const display = (name?: string) =>
      name === undefined ? target : target === '.' ? name : join(target, name);
    const repoPath = toRepoPath(repo, cwd, target);
    const full = resolve(cwd, target);
    const onDisk = pathKind(full);
    const atBase = repoPath === undefined ? undefined : repo.kind(commit, repoPath);

    if (onDisk === 'folder') head.push(...listYamlFiles(full).map(display));
    else if (onDisk !== 'missing') head.push(target);

    if (atBase === 'tree') {
      // Subfolders too, as on disk (listYamlFiles): a definition's folder holds its tenant files.
      const names = repo
        .list(commit, repoPath!, true)
        .filter((f) => YAML_FILE.test(f) && !f.split('/').some((s) => s.startsWith('.')));
      const sorted = names.sort();
      const inRepo = (name: string) => (repoPath ? `${repoPath}/${name}` : name);
      const bytes = repo.showMany(commit, sorted.map(inRepo));
      for (const name of sorted)
        base.push({ path: display(name), bytes: bytes.get(inRepo(name))!, repoPath: inRepo(name) });
    } else if (atBase === 'blob')
      base.push({ path: display(), bytes: repo.show(commit, repoPath!)!, repoPath: repoPath! });

    if (onDisk === 'missing' && atBase === undefined) {
      throw new UsageError(
        named.length > 0
          ? `no such file: ${target} (neither in the working tree nor at ${ref})`
          : `no ${DEFAULT_CONFIG_DIR}/ folder here or at ${ref}; name the files to compare, or run from the project root`,
      );
    }
  }
  if (head.length === 0 && base.length === 0)
    throw new UsageError(`no .yaml or .yml files in ${targets.join(', ')}, here or at ${ref}`);
  return { head: [...new Set(head)], base: dedupe(base) };
}

/** The path inside the repository (`git rev-parse --show-prefix` + the user's path); undefined outside it. */
function toRepoPath(repo: GitRepo, cwd: string, target: string): string | undefined {
  const fromCwd = relative(cwd, resolve(cwd, target)).split(sep).join('/');
  const path = posix.normalize(posix.join(repo.prefix, fromCwd)).replace(/\/$/, '');
  if (path === '.') return '';
  return path === '..' || path.startsWith('../') ? undefined : path;
}

function dedupe(files: BaseFile[]): BaseFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/** A head file's bytes, from the working tree; a file that cannot be read is a usage error (exit 2). */
export function readHead(cwd: string, path: string): Buffer {
  try {
    return readFileSync(resolve(cwd, path));
  } catch (error) {
    throw new UsageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
}
