import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { CogfedFile } from '../../validate/config';

/** Collections short enough to read on one line are written in flow style, as the examples in config/ are. */
const FLOW_MAX = 72;

/**
 * The YAML text of an imported file: the yaml-language-server modeline, a
 * comment saying where it came from, then the configuration. Key order is
 * the order the mapping built (the schema's order); output is deterministic.
 */
export function writeYaml(
  config: CogfedFile,
  options: { schemaPath: string; header: readonly string[] },
): string {
  const doc = new Document(config);
  visit(doc, {
    Map(_key, node) {
      if (node.items.every((pair) => isScalar(pair.value)) && flatLength(node) <= FLOW_MAX)
        node.flow = true;
    },
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item)) && flatLength(node) <= FLOW_MAX)
        node.flow = true;
    },
  });
  doc.commentBefore = [
    ` yaml-language-server: $schema=${options.schemaPath}`,
    ...options.header.map((line) => (line ? ` ${line}` : '')),
  ].join('\n');
  // lineWidth 0: never fold long strings (URLs, ARNs) across lines.
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^(# yaml-language-server[^\n]*\n(?:#[^\n]*\n)*)\n/, '$1');
}

function flatLength(node: unknown): number {
  if (isScalar(node)) return String(node.value).length + 2;
  if (isSeq(node)) return node.items.reduce<number>((n, item) => n + flatLength(item), 2);
  if (isMap(node))
    return node.items.reduce<number>(
      (n, pair) => n + flatLength(pair.key) + flatLength(pair.value),
      2,
    );
  return 0;
}
