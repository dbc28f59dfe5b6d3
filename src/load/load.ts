import { readFileSync, statSync } from 'node:fs';
import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  LineCounter,
  parseAllDocuments,
  YAMLError,
} from 'yaml';
import type { LoadCode } from './codes';
import type { Diagnostic, Position } from './diagnostic';
import { loadPlain } from './plain';
import { SourceFile } from './source';

/**
 * Limits that keep hostile input from exhausting the process. A real cogfed
 * file is a few kilobytes; the 50 pools x 20 providers x 5 clients benchmark
 * file is about 0.6 MB.
 */
export const LIMITS = {
  /** Bytes in one file. */
  maxBytes: 8 * 1024 * 1024,
  /** Nesting of mappings and sequences; the language itself needs 7. */
  maxDepth: 64,
  /** Aliases resolved in one document (a billion-laughs file expands exponentially). */
  maxAliasCount: 100,
};

export interface LoadResult {
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/** Read and parse one file from disk. */
export function loadFile(path: string): LoadResult {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    // Checked before reading, so a huge file is never loaded into memory.
    if (size > LIMITS.maxBytes) return tooLarge(path, size);
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return fail(
      path,
      'file-unreadable',
      `the file cannot be read (${reason})`,
      'check the path and its permissions',
    );
  }
  return loadBytes(path, bytes);
}

/** Parse bytes already in memory (a file read from a git ref, a test case). */
export function loadBytes(path: string, bytes: Buffer): LoadResult {
  if (bytes.length > LIMITS.maxBytes) return tooLarge(path, bytes.length);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(
      path,
      'file-binary',
      'the file holds binary data (a NUL byte), not YAML text',
      'point cogfed at a YAML text file',
    );
  }
  const text = bytes.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const before = text.slice(0, bad).split('\n');
    const position = { line: before.length, col: before[before.length - 1].length + 1 };
    return fail(
      path,
      'file-encoding',
      'the file is not valid UTF-8',
      'save the file as UTF-8',
      position,
    );
  }
  return loadText(path, text);
}

/** Parse YAML text, or report why it cannot be. */
export function loadText(path: string, text: string): LoadResult {
  const plain = loadPlain(text);
  if (plain !== undefined && depthOf(plain) <= LIMITS.maxDepth)
    return { source: new SourceFile(path, text, plain), diagnostics: [] };
  return loadPositioned(path, text);
}

/** The `yaml` package's full parse: every node positioned, every problem reported where it is. */
export function loadPositioned(path: string, text: string): LoadResult {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const documents: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => lineCounter.linePos(offset);

  for (const doc of documents) {
    for (const error of doc.errors) diagnostics.push(yamlError(path, error, at));
    for (const warning of doc.warnings) diagnostics.push(yamlError(path, warning, at));
  }
  if (documents.length > 1) {
    const second = documents[1];
    diagnostics.push({
      file: path,
      ...at(second.range[0]),
      severity: 'error',
      code: 'yaml-multiple-documents',
      message: `a cogfed file holds exactly one YAML document; found ${documents.length}`,
      hint: 'remove the `---` separator, or put each stack in a file of its own',
    });
  }
  if (diagnostics.length > 0) return { diagnostics };

  const doc = documents[0];
  if (!doc || doc.contents === null || (doc.contents as { value?: unknown }).value === null) {
    return fail(
      path,
      'yaml-empty',
      'the file is empty; a cogfed file is a mapping with at least `version` and `stack`',
      'start from an example in config/',
      doc ? at(doc.range[0]) : undefined,
    );
  }
  if (!isMap(doc.contents)) {
    const start = doc.contents.range ? at(doc.contents.range[0]) : undefined;
    const kind = isCollection(doc.contents) ? 'a sequence' : 'a single value';
    return fail(
      path,
      'yaml-root-not-mapping',
      `the document must be a mapping of keys to values; received ${kind}`,
      'start the file with `version: 1` and `stack: <name>`',
      start,
    );
  }
  const tooDeep = findTooDeep(doc);
  if (tooDeep !== undefined) {
    return fail(
      path,
      'yaml-too-deep',
      `nesting deeper than ${LIMITS.maxDepth} levels`,
      'a cogfed file nests at most a few levels; check the indentation here',
      at(tooDeep),
    );
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    // The only documented throw here is the alias-count guard (billion laughs).
    const offset = firstAliasOffset(doc);
    return fail(
      path,
      'yaml-alias-limit',
      `aliases expand to more than the ${LIMITS.maxAliasCount} nodes allowed (${(error as Error).message})`,
      'write the values out instead of repeating anchors',
      offset === undefined ? undefined : at(offset),
    );
  }
  return { source: new SourceFile(path, text, value, { doc, lineCounter }), diagnostics: [] };
}

function yamlError(path: string, error: YAMLError, at: (offset: number) => Position): Diagnostic {
  const code: LoadCode =
    error.code === 'DUPLICATE_KEY'
      ? 'yaml-duplicate-key'
      : error.code === 'TAG_RESOLVE_FAILED'
        ? 'yaml-unsupported-tag'
        : 'yaml-syntax';
  const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  const hints: Record<string, string> = {
    'yaml-duplicate-key': 'each key appears once in a mapping; remove or rename one of them',
    'yaml-unsupported-tag': 'remove the tag: cogfed reads plain YAML values',
    'yaml-syntax': 'check the indentation and quoting at this position',
  };
  return {
    file: path,
    ...at(error.pos[0]),
    end: at(error.pos[1]),
    severity: 'error',
    code,
    message: firstLine,
    hint: hints[code],
  };
}

/** Iterative walk, so a hostile file cannot overflow the stack here. Returns the offset of the first node too deep. */
function findTooDeep(doc: Document.Parsed): number | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > LIMITS.maxDepth) return node.range?.[0] ?? 0;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 });
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Nesting depth of a plain value (a fast-path file deeper than the limit takes the `yaml` path, which reports it). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    max = Math.max(max, depth);
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return max;
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0 && offset === undefined) {
    const node = stack.pop();
    if (isAlias(node)) offset = node.range?.[0];
    else if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node)) stack.push(...[...(node.items as unknown[])].reverse());
  }
  return offset;
}

function tooLarge(path: string, size: number): LoadResult {
  return fail(
    path,
    'file-too-large',
    `the file is ${size} bytes; at most ${LIMITS.maxBytes} bytes are read`,
    'split the configuration into several files, one stack each',
  );
}

function fail(
  path: string,
  code: LoadCode,
  message: string,
  hint: string,
  position: Position = { line: 1, col: 1 },
): LoadResult {
  return { diagnostics: [{ file: path, ...position, severity: 'error', code, message, hint }] };
}
