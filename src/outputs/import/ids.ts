/**
 * YAML keys made from AWS names. Pool, client and resource-server ids are
 * `[a-z][a-z0-9_-]*`, at most 64 characters, without `__` (the id-format
 * rule); stack names `[a-z][a-z0-9-]{0,62}` (stack-name).
 */
const ID_MAX = 64;

export function validId(name: string, fallback: string): string {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/_{2,}/g, '_')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, ID_MAX)
    .replace(/[-_]+$/, '');
  return id || fallback;
}

export function validStackName(name: string): string {
  const stack = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return stack || 'imported';
}

/** Hands out ids unique within one mapping: `web`, `web-2`, ... */
export class IdSet {
  private readonly used = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) {
      const suffix = `-${n}`;
      id = `${wanted.slice(0, ID_MAX - suffix.length)}${suffix}`;
    }
    this.used.add(id);
    return id;
  }
}
