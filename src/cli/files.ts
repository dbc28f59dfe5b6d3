import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class UsageError extends Error {}

export const DEFAULT_CONFIG_DIR = 'config';

/**
 * The files a command works on: the ones named (a folder means its YAML
 * files), or every `config/*.yaml` and `*.yml`. Sorted, so every run lists
 * them in the same order. A named path that does not exist is a usage error.
 */
export function resolveConfigFiles(named: readonly string[], cwd = process.cwd()): string[] {
  const targets = named.length > 0 ? named : [DEFAULT_CONFIG_DIR];
  const files: string[] = [];
  for (const target of targets) {
    const full = resolve(cwd, target);
    if (!existsSync(full)) {
      throw new UsageError(named.length > 0 ? `no such file: ${target}` : `no ${DEFAULT_CONFIG_DIR}/ folder here; name the files to check, or run from the project root`);
    }
    if (statSync(full).isDirectory()) {
      const yaml = readdirSync(full).filter((f) => /\.ya?ml$/.test(f)).sort();
      files.push(...yaml.map((f) => (target === '.' ? f : join(target, f))));
    } else files.push(target);
  }
  if (files.length === 0) throw new UsageError(`no .yaml or .yml files in ${targets.join(', ')}`);
  return [...new Set(files)];
}
