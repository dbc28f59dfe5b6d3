import type { NodePath } from '../../load/diagnostic';
import type { OriginResolver, SourceFile } from '../../load/source';

/**
 * Where each node of an assembled document was written. Entries are kept
 * only where the source changes (the document's root, each value an
 * environment lays over the definition, each tenant provider, each item a
 * `tenants` entry expands to); a path resolves through its longest recorded
 * prefix, and the rest of the path is the same in that file.
 */
export class OriginMap implements OriginResolver {
  private readonly entries = new Map<string, { source: SourceFile; path: NodePath }>();

  constructor(root: SourceFile) {
    this.entries.set(keyOf([]), { source: root, path: [] });
  }

  set(merged: NodePath, source: SourceFile, path: NodePath): void {
    this.entries.set(keyOf(merged), { source, path });
  }

  resolve(path: NodePath): { source: SourceFile; path: NodePath } {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.entries.get(keyOf(path.slice(0, n)));
      if (hit) return { source: hit.source, path: [...hit.path, ...path.slice(n)] };
    }
    throw new Error('an origin map always holds its root');
  }
}

function keyOf(path: NodePath): string {
  return path.map(String).join('\u0000');
}
