import {
  Composer,
  Document,
  isCollection,
  isMap,
  LineCounter,
  Parser,
  YAMLError,
  YAMLParseError,
} from 'yaml';
import type { LoadCode } from './codes';
import type { Diagnostic, Position } from './diagnostic';
import {
  findDuplicateKeys,
  findTooDeep,
  findUnresolvedAlias,
  firstAliasOffset,
} from './document-checks';
import { loadPlain } from './plain';
import { readBounded } from './read';
import { SourceFile } from './source';
import { positionOf, scanStructure, StructureScan } from './structure';
import { firstInvalidUtf8 } from './utf8';
import { YAML_OPTIONS } from './yaml-options';
import { describeIndentation, describeYamlError, YamlProblem } from './yaml-errors';

/**
 * Limits that keep hostile input from exhausting the process. A real cogfed
 * file is a few kilobytes; the 50 pools x 20 providers x 5 clients benchmark
 * file is about 0.6 MB and 57 000 elements.
 */
export const LIMITS = {
  /** Bytes in one file. */
  maxBytes: 8 * 1024 * 1024,
  /** Nesting of mappings and sequences; the language itself needs 7. */
  maxDepth: 64,
  /**
   * Elements (keys, values, brackets, comments, lines) in one file: the
   * `yaml` package keeps several objects per element, so this, not the byte
   * count, bounds peak memory (README "Limits").
   */
  maxElements: 250_000,
  /** Aliases resolved in one document (a billion-laughs file expands exponentially). */
  maxAliasCount: 100,
};

export interface LoadResult {
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/** Read and parse one file from disk. */
export function loadFile(path: string): LoadResult {
  const read = readBounded(path, LIMITS.maxBytes);
  if (read.ok) return loadBytes(path, read.bytes);
  switch (read.code) {
    case 'file-too-large':
      return tooLarge(path, read.size);
    case 'file-not-regular':
      return fail(
        path,
        'file-not-regular',
        `the path is ${read.kind}, not a regular file; cogfed reads only regular files`,
        'name a YAML file (a FIFO or a device could block or never end)',
      );
    default:
      return fail(
        path,
        'file-unreadable',
        `the file cannot be read (${read.reason})`,
        'check the path and its permissions',
      );
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

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
  // A byte-order mark is not content: dropped here, so it shifts no column.
  const body = bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const before = normalize(body.subarray(0, bad).toString('utf8'));
    const position = positionOf(before, before.length);
    return fail(
      path,
      'file-encoding',
      'the file is not valid UTF-8',
      'save the file as UTF-8',
      position,
    );
  }
  return loadText(path, body.toString('utf8'));
}

/**
 * Line breaks as the parsers and positions expect them: a lone CR (classic
 * Mac line ends) becomes LF, which keeps every offset; CRLF stays (both
 * parsers read it). A leading U+FEFF is dropped.
 */
function normalize(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked;
}

/** Parse YAML text, or report why it cannot be. */
export function loadText(path: string, text: string): LoadResult {
  const normalized = normalize(text);
  const scan = scanStructure(normalized, LIMITS);
  const refused = refuseByStructure(path, normalized, scan);
  if (refused) return refused;
  const plain = loadPlain(normalized);
  if (plain !== undefined && depthOf(plain) <= LIMITS.maxDepth)
    return { source: new SourceFile(path, normalized, plain), diagnostics: [] };
  return parsePositioned(path, normalized, scan);
}

/** The `yaml` package's full parse: every node positioned, every problem reported where it is. */
export function loadPositioned(path: string, text: string): LoadResult {
  const normalized = normalize(text);
  const scan = scanStructure(normalized, LIMITS);
  return refuseByStructure(path, normalized, scan) ?? parsePositioned(path, normalized, scan);
}

/** Nesting and size are refused before either parser runs: both recurse once per level, and keep objects per element. */
function refuseByStructure(
  path: string,
  text: string,
  scan: StructureScan,
): LoadResult | undefined {
  if (scan.tooDeepAt !== undefined) {
    return fail(
      path,
      'yaml-too-deep',
      `nesting deeper than ${LIMITS.maxDepth} levels`,
      'a cogfed file nests at most a few levels; check the indentation and brackets here',
      positionOf(text, scan.tooDeepAt),
    );
  }
  if (scan.tooManyAt !== undefined) {
    return fail(
      path,
      'yaml-too-many-nodes',
      `the file holds more than ${LIMITS.maxElements} YAML elements (keys, values, brackets, comments and lines)`,
      'split the configuration into several files, one stack each',
      positionOf(text, scan.tooManyAt),
    );
  }
  return undefined;
}

function parsePositioned(path: string, text: string, scan: StructureScan): LoadResult {
  const lineCounter = new LineCounter();
  const { documents, firstError } = composeDocuments(text, lineCounter);
  const at = (offset: number): Position => lineCounter.linePos(offset);
  const diagnostic = (problem: YamlProblem): Diagnostic => ({
    file: path,
    ...at(problem.offset),
    ...(problem.end !== undefined && problem.end > problem.offset ? { end: at(problem.end) } : {}),
    severity: 'error',
    code: problem.code,
    message: problem.message,
    hint: problem.hint,
  });

  // One finding for a parse failure, at the first error: the parser's later errors follow from it.
  // (Parsing stopped there, so positions are counted in the text rather than by the line counter.)
  if (firstError) {
    const count = (offset: number): Position => positionOf(text, offset);
    const problem = firstProblem(firstError, scan, text, count);
    return {
      diagnostics: [
        {
          ...diagnostic(problem),
          ...count(problem.offset),
          ...(problem.end !== undefined && problem.end > problem.offset
            ? { end: count(problem.end) }
            : {}),
        },
      ],
    };
  }

  if (documents.length > 1) {
    const second = documents[1];
    return fail(
      path,
      'yaml-multiple-documents',
      `a cogfed file holds exactly one YAML document; found ${documents.length}`,
      'remove the `---` separator, or put each stack in a file of its own',
      at(second.range[0]),
    );
  }
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
  const tooDeep = findTooDeep(doc, LIMITS.maxDepth);
  if (tooDeep !== undefined) {
    return fail(
      path,
      'yaml-too-deep',
      `nesting deeper than ${LIMITS.maxDepth} levels`,
      'a cogfed file nests at most a few levels; check the indentation and brackets here',
      at(tooDeep),
    );
  }
  const duplicates = findDuplicateKeys(doc);
  if (duplicates.length > 0) {
    return {
      diagnostics: duplicates.map((d) => ({
        file: path,
        ...at(d.offset),
        end: at(d.end),
        severity: 'error' as const,
        code: 'yaml-duplicate-key',
        message: `the key ${keyName(d.key)} appears twice in this mapping; first on line ${at(d.firstOffset).line}`,
        hint: 'each key appears once in a mapping; remove or rename one of them',
      })),
    };
  }
  const unresolved = findUnresolvedAlias(doc);
  if (unresolved) {
    return fail(
      path,
      'yaml-alias-unresolved',
      unresolved.circular
        ? 'an alias (`*name`) refers to the value that contains it, which would make it infinite'
        : 'an alias (`*name`) names no anchor (`&name`) defined before it',
      'define the anchor before the alias, or write the value out; a secret belongs in a reference such as `{ ssm: /path }`, never in the file',
      at(unresolved.offset),
    );
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    // Aliases resolve (checked above), so what remains is the alias-count guard (billion laughs), or a stack
    // overflow from aliases nesting a value into itself many times; the error's own message is not repeated.
    const offset = firstAliasOffset(doc);
    const position = offset === undefined ? undefined : at(offset);
    if (error instanceof RangeError)
      return fail(
        path,
        'yaml-too-deep',
        `aliases nest values deeper than cogfed reads`,
        'write the values out instead of repeating anchors',
        position,
      );
    return fail(
      path,
      'yaml-alias-limit',
      `aliases expand to more than the ${LIMITS.maxAliasCount} nodes allowed`,
      'write the values out instead of repeating anchors',
      position,
    );
  }
  return { source: new SourceFile(path, text, value, { doc, lineCounter }), diagnostics: [] };
}

type Tokens = ReturnType<Parser['parse']>;
type Token = Tokens extends Generator<infer T> ? T : never;
type OnError = (source: unknown, code: string, message: string, warning?: boolean) => void;

/** Thrown to stop composing at the first error. */
const STOP = Symbol('stop');

/**
 * The documents, or the first error. Only the first error is reported, so
 * the rest are not built: a file of 400 000 stray `]` would otherwise make as
 * many error objects (each with a stack trace; 700 MB). The parser's stray
 * tokens after the first are dropped before the composer sees them, and
 * composing stops at its first error.
 */
function composeDocuments(
  text: string,
  lineCounter: LineCounter,
): { documents: Document.Parsed[]; firstError?: YAMLError } {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(YAML_OPTIONS);
  let strayToken: YAMLError | undefined;
  function* untilStray(tokens: Tokens): Generator<Token> {
    for (const token of tokens) {
      if (token.type === 'error') {
        strayToken ??= new YAMLParseError(
          [token.offset, token.offset + (token.source?.length ?? 0)],
          'UNEXPECTED_TOKEN',
          token.message,
        );
        continue;
      }
      yield token;
    }
  }
  // The composer reports through its own `onError` (yaml 2.x `Composer`); wrapped, it records the first error and stops.
  const internals = composer as unknown as {
    onError: OnError;
    errors: YAMLError[];
    warnings: YAMLError[];
  };
  const report = internals.onError;
  let composeError: YAMLError | undefined;
  internals.onError = (...args) => {
    report(...args);
    composeError ??=
      internals.errors[internals.errors.length - 1] ??
      internals.warnings[internals.warnings.length - 1];
    throw STOP;
  };
  let documents: Document.Parsed[] = [];
  try {
    documents = [...composer.compose(untilStray(parser.parse(text)))] as Document.Parsed[];
  } catch (error) {
    if (error !== STOP) throw error;
  }
  const documentErrors = documents.flatMap((doc) => [...doc.errors, ...doc.warnings]);
  const candidates = [strayToken, composeError, ...documentErrors].filter(
    (e): e is YAMLError => e !== undefined,
  );
  const firstError = candidates.sort((a, b) => a.pos[0] - b.pos[0])[0];
  return { documents, firstError };
}

/**
 * The finding for the first parse error. When the structure pass found an
 * indentation problem on the error's line, or on the next line with content
 * (a value that runs into an over-indented key fails on the value's line),
 * that problem is what went wrong, and it names the line and the key's column.
 */
function firstProblem(
  error: YAMLError,
  scan: StructureScan,
  text: string,
  at: (offset: number) => Position,
): YamlProblem {
  const line = at(error.pos[0]).line;
  const indentation = scan.indentation;
  if (
    indentation &&
    indentation.line >= line &&
    onlyCommentsBetween(text, line, indentation.line)
  ) {
    return describeIndentation(indentation, at(indentation.offset).col);
  }
  const problem = describeYamlError(error);
  // The parser places indentation errors at the start of the line; the key's column says more.
  if (problem.code === 'yaml-syntax') {
    let offset = problem.offset;
    while (offset < text.length && text[offset] === ' ') offset++;
    if (
      offset > problem.offset &&
      offset < text.length &&
      text[offset] !== '\n' &&
      (problem.offset === 0 || text[problem.offset - 1] === '\n')
    ) {
      return { ...problem, offset, end: undefined };
    }
  }
  return problem;
}

/** Whether the lines strictly between two 1-based lines are blank or comments. */
function onlyCommentsBetween(text: string, from: number, to: number): boolean {
  if (to <= from + 1) return true;
  const lines = text.split('\n', to).slice(from, to - 1);
  return lines.every((l) => /^\s*(#.*)?$/.test(l));
}

/** A key for a message: short ones in backticks, others described. */
function keyName(key: string): string {
  if (key === '') return 'with no name';
  if (key.length <= 64 && !/[\s`]/.test(key)) return `\`${key}\``;
  return `of ${key.length} characters`;
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
