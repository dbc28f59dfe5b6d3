import { Document, isAlias, isCollection, isMap, isPair, isScalar, type Node } from 'yaml';

/**
 * Checks on a parsed `yaml` document, each one linear and iterative (a
 * hostile file cannot overflow the stack here), visiting nodes in document
 * order so that the first problem reported is the first in the file.
 */

type Visit = (node: unknown, depth: number, enter: boolean) => boolean | void;

/** Depth-first, in document order; `visit` returns true to stop. Keys and values of a pair are children of the collection. */
function walk(root: unknown, visit: Visit): void {
  const stack: Array<{ node: unknown; depth: number; exit?: boolean }> = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth, exit } = stack.pop()!;
    if (exit) {
      if (visit(node, depth, false)) return;
      continue;
    }
    if (visit(node, depth, true)) return;
    if (!isCollection(node)) continue;
    stack.push({ node, depth, exit: true });
    const children: unknown[] = [];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    for (let i = children.length - 1; i >= 0; i--)
      if (children[i]) stack.push({ node: children[i], depth: depth + 1 });
  }
}

/** Offset of the first collection nested deeper than `maxDepth` (the root collection is level 1). */
export function findTooDeep(doc: Document.Parsed, maxDepth: number): number | undefined {
  let found: number | undefined;
  walk(doc.contents, (node, depth, enter) => {
    if (enter && isCollection(node) && depth > maxDepth) {
      found = node.range?.[0] ?? 0;
      return true;
    }
    return false;
  });
  return found;
}

export interface DuplicateKey {
  /** The key as the mapping stores it. */
  key: string;
  offset: number;
  end: number;
  firstOffset: number;
}

/**
 * Keys that occur twice in one mapping. Keys are compared as the value
 * stores them (a JavaScript object's keys are strings), so `1` and `"1"`
 * collide as they would in the loaded value. Linear: the `yaml` package's own
 * check (`uniqueKeys`) compares each key with every earlier one.
 */
export function findDuplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  walk(doc.contents, (node, _depth, enter) => {
    if (!enter || !isMap(node)) return false;
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key =
        pair.key.value === null || pair.key.value === undefined ? '' : String(pair.key.value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, pair.key);
      else {
        const range = pair.key.range ?? [0, 0];
        found.push({ key, offset: range[0], end: range[1], firstOffset: first.range?.[0] ?? 0 });
      }
    }
    return false;
  });
  return found;
}

/**
 * The first alias that does not resolve: no anchor of its name before it
 * (YAML resolves an alias to the closest preceding anchor), or an anchor on
 * a value that contains the alias, which would make the value infinite.
 */
export function findUnresolvedAlias(
  doc: Document.Parsed,
): { offset: number; circular: boolean } | undefined {
  const anchors = new Map<string, Node>();
  const open = new Set<unknown>();
  let found: { offset: number; circular: boolean } | undefined;
  walk(doc.contents, (node, _depth, enter) => {
    if (!enter) {
      open.delete(node);
      return false;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined || open.has(target)) {
        found = { offset: node.range?.[0] ?? 0, circular: target !== undefined };
        return true;
      }
      return false;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node as Node);
    if (isCollection(node)) open.add(node);
    return false;
  });
  return found;
}

/** Offset of the first alias in the document, for the alias-limit finding. */
export function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  walk(doc.contents, (node, _depth, enter) => {
    if (enter && isAlias(node)) {
      offset = node.range?.[0];
      return true;
    }
    return false;
  });
  return offset;
}
