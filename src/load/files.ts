import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
 * The YAML files directly in a folder, sorted by name (code-unit order, the
 * same on every machine). Only regular files count: a FIFO, a device or a
 * dangling link named `x.yaml` is not a configuration file, and reading one
 * could block or never end.
 */
export function listYamlFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new UsageError(
      `cannot list the folder ${folder} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`,
    );
  }
  return names
    .filter((name) => YAML_FILE.test(name) && isRegularFile(join(folder, name)))
    .sort(byCodeUnit);
}

/**
 * The files a command works on: the ones named (a folder means its YAML
 * files), or every `config/*.yaml` and `*.yml`. Sorted, so every run lists
 * them in the same order. A named path that does not exist is a usage error.
 */
export function resolveConfigFiles(named: readonly string[], cwd = process.cwd()): string[] {
  const targets = named.length > 0 ? named : [DEFAULT_CONFIG_DIR];
  const files: string[] = [];
  for (const target of targets) {
    const kind = pathKind(resolve(cwd, target));
    if (kind === 'missing') {
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

function isRegularFile(path: string): boolean {
  return pathKind(path) === 'file';
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
