import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errnoText } from './read';

/**
 * A problem with how cogfed was called or with its environment (a missing
 * file, a bad flag, an unwritable folder), as opposed to a problem in the
 * configuration: the CLI prints its message and exits 2.
 */
export class UsageError extends Error {}

export const DEFAULT_CONFIG_DIR = 'config';

/** `.yaml` and `.yml`: the files a folder argument stands for. */
export const YAML_FILE = /\.ya?ml$/;

/**
 * The YAML files in a folder and its subfolders (a definition's folder holds
 * its tenant files: `config/acme-sso/tenants/megasoft.yaml`), as paths
 * relative to the folder with `/` separators, sorted (code-unit order, the
 * same on every machine). Folders whose name starts with `.` are skipped.
 * Only regular files count: a FIFO, a device or a dangling link named
 * `x.yaml` is not a configuration file, and reading one could block or never end.
 */
export function listYamlFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      throw new UsageError(`cannot list the folder ${dir} (${errnoText(error)})`);
    }
    for (const name of names) {
      const full = join(dir, name);
      const kind = pathKind(full);
      if (kind === 'file' && YAML_FILE.test(name)) out.push(prefix + name);
      // A depth bound: a link back up the tree must not loop.
      else if (kind === 'folder' && !name.startsWith('.') && depth < MAX_DEPTH)
        walk(full, `${prefix}${name}/`, depth + 1);
    }
  };
  walk(folder, '', 0);
  return out.sort(byCodeUnit);
}

const MAX_DEPTH = 8;

/**
 * The files a command works on: the ones named (a folder means its YAML
 * files, in subfolders too), or every YAML file under `config/`. Sorted, so every run lists
 * them in the same order. A named path that does not exist is a usage error.
 */
export function resolveConfigFiles(named: readonly string[], cwd = process.cwd()): string[] {
  const targets = named.length > 0 ? named : [DEFAULT_CONFIG_DIR];
  const files: string[] = [];
  for (const target of targets) {
    const kind = pathKind(resolve(cwd, target));
    if (kind === 'missing') {
      const reason = unreachable(resolve(cwd, target));
      if (reason) throw new UsageError(`cannot read ${target} (${reason})`);
      throw new UsageError(
        named.length > 0
          ? `no such file: ${target}`
          : `no ${DEFAULT_CONFIG_DIR}/ folder here; name the files to check, or run from the project root`,
      );
    }
    if (kind === 'folder')
      files.push(
        ...listYamlFiles(resolve(cwd, target)).map((f) => (target === '.' ? f : join(target, f))),
      );
    else files.push(target);
  }
  if (files.length === 0) throw new UsageError(`no .yaml or .yml files in ${targets.join(', ')}`);
  return [...new Set(files)];
}

/** What a path is, following links; `missing` for a dangling link too. */
export function pathKind(path: string): 'missing' | 'folder' | 'file' | 'other' {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

/** Why a path that cannot be stat'ed is unreachable, when that is not simply that it does not exist (a link loop, permissions). */
function unreachable(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === undefined) {
      try {
        if (lstatSync(path).isSymbolicLink())
          return 'a symbolic link to a path that does not exist';
      } catch {
        return undefined;
      }
      return undefined;
    }
    return errnoText(error);
  }
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
