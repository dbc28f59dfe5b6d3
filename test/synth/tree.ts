import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Every path under `root` with its type, content (or link target) and modification time: a byte-exact picture of a folder. */
export function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      const path = rel ? `${rel}/${entry}` : entry;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[path] = `link ${readlinkSync(full)}`;
      else if (stat.isDirectory()) {
        out[`${path}/`] = `dir ${stat.mtimeMs}`;
        walk(full, path);
      } else out[path] = `file ${stat.mtimeMs} ${readFileSync(full, 'base64')}`;
    }
  };
  walk(root, '');
  return out;
}

/** Staging or backup folders a synth left beside its output. */
export function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((e) => /\.(tmp|old)-|\.lock$|\.swap(\.tmp)?$/.test(e));
}
