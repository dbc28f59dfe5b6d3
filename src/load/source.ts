import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  Pair,
  parseDocument,
} from 'yaml';
import type { NodePath, Position } from './diagnostic';
import { YAML_OPTIONS } from './yaml-options';

/**
 * A parsed configuration file. Its value is always at hand; its positioned
 * `yaml` document is built on first use, because a well-formed file read by
 * the fast path (plain.ts) needs positions only if a finding is reported.
 */
export class SourceFile {
  private positioned?: { doc: Document.Parsed; lineCounter: LineCounter };
  /**
   * For a document assembled from several files (src/validate/assemble): where
   * each of its nodes was written. `locate` goes through it, so a position is
   * always in the file, and at the line, that holds the value.
   */
  origins?: OriginResolver;

  constructor(
    /** The path as given by the user. */
    readonly path: string,
    readonly text: string,
    /** The plain JavaScript value of the document. */
    readonly value: unknown,
    positioned?: { doc: Document.Parsed; lineCounter: LineCounter },
  ) {
    this.positioned = positioned;
  }

  get doc(): Document.Parsed {
    return this.parsePositions().doc;
  }

  get lineCounter(): LineCounter {
    return this.parsePositions().lineCounter;
  }

  private parsePositions(): { doc: Document.Parsed; lineCounter: LineCounter } {
    if (!this.positioned) {
      const lineCounter = new LineCounter();
      this.positioned = {
        doc: parseDocument(this.text, { ...YAML_OPTIONS, lineCounter }),
        lineCounter,
      };
    }
    return this.positioned;
  }
}

/** Maps a path of an assembled document to the file and path where the value was written. */
export interface OriginResolver {
  resolve(path: NodePath): { source: SourceFile; path: NodePath };
}

/** The file a path's value was written in, and its path there (the source itself for a plain file). */
export function originOf(
  source: SourceFile,
  path: NodePath,
): { source: SourceFile; path: NodePath } {
  if (!source.origins) return { source, path };
  const written = source.origins.resolve(path);
  return originOf(written.source, written.path);
}

/** The file that holds a path's value (what a diagnostic names). */
export function fileOf(source: SourceFile, path: NodePath): string {
  return originOf(source, path).source.path;
}

export interface Span {
  start: Position;
  end: Position;
}

/** Whether a path should land on a mapping entry's key (an unknown property) or its value. */
export type Target = 'value' | 'key';

/**
 * The one place that turns a path into a position (as Spectral does): every
 * stage reports paths, and this resolves them against the YAML node tree.
 * A path that does not exist (a missing key) resolves to the deepest node that
 * does: the mapping that lacks the key.
 */
export function locate(source: SourceFile, path: NodePath, target: Target = 'value'): Span {
  if (source.origins) {
    const written = source.origins.resolve(path);
    return locate(written.source, written.path, target);
  }
  let node: unknown = source.doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) break;
    node = next.value;
    keyNode = next.key;
  }
  const chosen = target === 'key' && keyNode ? keyNode : node;
  return (
    spanOf(source, chosen as Node | null) ?? {
      start: { line: 1, col: 1 },
      end: { line: 1, col: 1 },
    }
  );
}

/** Each mapping's pairs by key, built on first lookup: a file with many findings in one mapping stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: { items: Pair[] }, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const text = keyText(p.key);
      if (text !== undefined && !index.has(text)) index.set(text, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

function child(
  node: unknown,
  segment: string | number,
): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = pairOf(node as { items: Pair[] }, String(segment));
    // A key with no value (`key:`) still has a position: point at the key.
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function spanOf(source: SourceFile, node: Node | null | undefined): Span | undefined {
  if (!node || isPair(node) || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  return { start: source.lineCounter.linePos(start), end: source.lineCounter.linePos(valueEnd) };
}
