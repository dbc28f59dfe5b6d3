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

/**
 * A parsed configuration file. Its value is always at hand; its positioned
 * `yaml` document is built on first use, because a well-formed file read by
 * the fast path (plain.ts) needs positions only if a finding is reported.
 */
export class SourceFile {
  private positioned?: { doc: Document.Parsed; lineCounter: LineCounter };

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
        doc: parseDocument(this.text, { lineCounter, uniqueKeys: true, prettyErrors: false }),
        lineCounter,
      };
    }
    return this.positioned;
  }
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

function child(
  node: unknown,
  segment: string | number,
): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p: Pair) => keyText(p.key) === String(segment));
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
