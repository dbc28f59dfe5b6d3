/**
 * One linear pass over YAML text, before either parser runs. It follows the
 * block structure (indentation, `- `, `? `, `key:`) and the flow brackets
 * without building anything, and answers three questions:
 *
 * - how deeply collections nest, so that nesting beyond the limit is refused
 *   before a parser recurses into it (js-yaml and the `yaml` package both
 *   recurse once per level: 100 000 `[` overflow the stack, and 8 MiB of them
 *   exhaust the heap);
 * - how many elements the parsers would build (keys, values, brackets,
 *   comments, lines), so that peak memory stays bounded: the `yaml` package
 *   keeps several objects per element;
 * - where the first line is indented inconsistently, so that a parse failure
 *   caused by indentation is reported at that line, at the key's column.
 *
 * The pass never over-counts nesting on valid YAML: collections are counted
 * where they open (a block entry deeper than its parent, a compact `- - x`, a
 * `[` or `{` starting a flow node), and scalars, quoted text, comments and
 * block scalar contents are skipped. The positioned parse checks the exact
 * depth again afterwards (load.ts), so an estimate on odd input is harmless.
 */

export interface StructureLimits {
  maxDepth: number;
  maxElements: number;
}

/** An indentation problem, found by following the block structure. */
export interface IndentationProblem {
  kind: 'tab' | 'over' | 'under';
  /** Offset of the first character of the line's content (for a tab: the tab). */
  offset: number;
  /** 1-based line of the problem. */
  line: number;
  /** For `over` and `under`: the key or item above it (1-based line and column). */
  above?: { line: number; col: number };
  /** For `under`: the key or item whose value the line would belong to. */
  parent?: { line: number; col: number };
}

export interface StructureScan {
  /** The deepest nesting of collections seen (up to the first over the limit). */
  depth: number;
  /** Offset of the first collection nested deeper than the limit. */
  tooDeepAt?: number;
  /** Elements counted (up to the first over the limit). */
  elements: number;
  /** Offset where the element count passed the limit. */
  tooManyAt?: number;
  /** The first indentation problem, if any (meaningful only when a parser fails). */
  indentation?: IndentationProblem;
}

interface Frame {
  /** 0-based column of the entry's indicator or key. */
  col: number;
  kind: 'map' | 'seq';
  level: number;
  /** 1-based line of the latest entry of this collection. */
  line: number;
  /** Whether that entry's value is empty on its line (so a deeper line may follow). */
  opens: boolean;
}

/** What can end a plain scalar (`: `, ` #`, the line end) or counts inside it (brackets, commas). The line end keeps each search within its line. */
const PLAIN_STOPS = /[:#[\]{},\n]/g;

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;

function isBlank(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Scan `text` (line breaks already normalized to `\n`). Stops at the first limit passed. */
export function scanStructure(text: string, limits: StructureLimits): StructureScan {
  const result: StructureScan = { depth: 0, elements: 0 };
  const stack: Frame[] = [];
  let flowDepth = 0;
  let flowBase = 0;
  let quote = 0; // the quote character of a quoted scalar spanning lines, else 0
  let blockScalarCol: number | undefined; // content lines are indented more than this
  let line = 0;
  let lineStart = 0;
  let stop = false;

  const count = (offset: number, n = 1): void => {
    result.elements += n;
    if (result.elements > limits.maxElements && result.tooManyAt === undefined) {
      result.tooManyAt = offset;
      stop = true;
    }
  };
  const reach = (level: number, offset: number): void => {
    if (level > result.depth) result.depth = level;
    if (level > limits.maxDepth && result.tooDeepAt === undefined) {
      result.tooDeepAt = offset;
      stop = true;
    }
  };
  const indentation = (problem: IndentationProblem): void => {
    if (!result.indentation) result.indentation = problem;
  };
  const currentLevel = (): number => (stack.length > 0 ? stack[stack.length - 1].level : 0);

  /** Skip a quoted scalar from `p` (just after the opening quote); returns the offset after the closing quote, or -1 if the line ends first. */
  const skipQuoted = (p: number, end: number, q: number): number => {
    while (p < end) {
      const c = text.charCodeAt(p);
      if (q === 0x22 && c === 0x5c)
        p += 2; // `\x` escape in double quotes
      else if (c === q) {
        if (q === 0x27 && text.charCodeAt(p + 1) === 0x27)
          p += 2; // `''` in single quotes
        else return p + 1;
      } else p++;
    }
    return -1;
  };

  /** Inside flow brackets: count brackets and items until the outermost closes or the line ends. */
  const scanFlow = (p: number, end: number): number => {
    let tokenStart = true;
    while (p < end && !stop) {
      const c = text.charCodeAt(p);
      if ((c === 0x22 || c === 0x27) && tokenStart) {
        count(p);
        const after = skipQuoted(p + 1, end, c);
        if (after < 0) {
          quote = c;
          return end;
        }
        p = after;
        tokenStart = false;
        continue;
      }
      if (c === 0x23 && (p === lineStart || isBlank(text.charCodeAt(p - 1)))) {
        count(p);
        return end;
      }
      if (c === 0x5b || c === 0x7b) {
        flowDepth++;
        count(p);
        reach(flowBase + flowDepth, p);
        tokenStart = true;
      } else if (c === 0x5d || c === 0x7d) {
        count(p);
        flowDepth--;
        if (flowDepth <= 0) {
          flowDepth = 0;
          return p + 1;
        }
        tokenStart = false;
      } else if (c === 0x2c || c === 0x3a) {
        count(p);
        tokenStart = true;
      } else tokenStart = isBlank(c);
      p++;
    }
    return p;
  };

  while (lineStart <= text.length && !stop) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    line++;
    count(lineStart);
    let p = lineStart;

    // The contents of a block scalar (`|`, `>`): every line indented past its parent, and blank lines.
    if (blockScalarCol !== undefined) {
      let indent = 0;
      while (p + indent < lineEnd && isBlank(text.charCodeAt(p + indent))) indent++;
      if (p + indent === lineEnd || indent > blockScalarCol) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarCol = undefined;
    }

    let atNodeStart = true;
    let lineFrame: Frame | undefined; // the innermost entry of this line
    let valueSeen = false;
    let firstEntry = true;

    if (quote !== 0) {
      const after = skipQuoted(p, lineEnd, quote);
      if (after < 0) {
        lineStart = lineEnd + 1;
        continue;
      }
      quote = 0;
      p = after;
      atNodeStart = false;
      firstEntry = false;
      if (flowDepth > 0) p = scanFlow(p, lineEnd);
    } else if (flowDepth > 0) {
      p = scanFlow(p, lineEnd);
      atNodeStart = false;
      firstEntry = false;
    } else {
      // A block line: its indentation, then its content.
      let q = p;
      while (q < lineEnd && isBlank(text.charCodeAt(q))) {
        if (text.charCodeAt(q) === TAB) {
          // A tab before the content of a line that holds a node is indentation, which YAML forbids.
          let r = q;
          while (r < lineEnd && isBlank(text.charCodeAt(r))) r++;
          if (r < lineEnd && text.charCodeAt(r) !== 0x23)
            indentation({ kind: 'tab', offset: q, line });
          break;
        }
        q++;
      }
      while (q < lineEnd && isBlank(text.charCodeAt(q))) q++;
      p = q;
      if (p === lineEnd) {
        lineStart = lineEnd + 1;
        continue;
      }
      const first = text.charCodeAt(p);
      if (first === 0x23) {
        count(p);
        lineStart = lineEnd + 1;
        continue;
      }
      if (p === lineStart && first === 0x25) {
        // A directive (`%YAML 1.2`).
        lineStart = lineEnd + 1;
        continue;
      }
      if (
        p === lineStart &&
        (text.startsWith('---', p) || text.startsWith('...', p)) &&
        (p + 3 === lineEnd || isBlank(text.charCodeAt(p + 3)))
      ) {
        // A document marker: a new document starts from the root.
        stack.length = 0;
        p += 3;
        firstEntry = false;
      }
    }

    /** A block collection entry (`-`, `?`, `:` or a key) at offset `at`. */
    const entry = (at: number, kind: 'map' | 'seq'): void => {
      const col = at - lineStart;
      let level: number;
      if (firstEntry) {
        firstEntry = false;
        let popped: Frame | undefined;
        while (stack.length > 0) {
          const top = stack[stack.length - 1];
          if (top.col > col || (top.col === col && top.kind === 'seq' && kind === 'map'))
            popped = stack.pop();
          else break;
        }
        const top = stack[stack.length - 1] as Frame | undefined;
        if (top && top.col === col && top.kind === kind) {
          // The next entry of the same collection.
          top.line = line;
          lineFrame = top;
          valueSeen = false;
          count(at);
          return;
        }
        if (top && top.col === col) {
          // `key:` then `- item` at the key's column: the sequence is the key's value.
          level = top.level + 1;
        } else {
          if (popped) {
            indentation({
              kind: 'under',
              offset: at,
              line,
              above: { line: popped.line, col: popped.col + 1 },
              ...(top ? { parent: { line: top.line, col: top.col + 1 } } : {}),
            });
          } else if (top && !top.opens) {
            indentation({
              kind: 'over',
              offset: at,
              line,
              above: { line: top.line, col: top.col + 1 },
            });
          }
          level = (top?.level ?? 0) + 1;
        }
      } else {
        // A compact entry later on the same line (`- - x`, `- key: x`): one level deeper.
        level = currentLevel() + 1;
      }
      const frame: Frame = { col, kind, level, line, opens: false };
      stack.push(frame);
      lineFrame = frame;
      valueSeen = false;
      count(at);
      reach(level, at);
    };

    while (p < lineEnd && !stop) {
      const c = text.charCodeAt(p);
      if (isBlank(c)) {
        p++;
        continue;
      }
      if (c === 0x23 && (p === lineStart || isBlank(text.charCodeAt(p - 1)))) {
        count(p);
        break;
      }
      const next = p + 1 < lineEnd ? text.charCodeAt(p + 1) : LF;
      const indicator = next === LF || isBlank(next);
      if (atNodeStart && indicator && (c === 0x2d || c === 0x3f || c === 0x3a)) {
        entry(p, c === 0x2d ? 'seq' : 'map');
        p++;
        continue;
      }
      if (atNodeStart && (c === 0x5b || c === 0x7b)) {
        // A flow collection opens: its levels count from the block entry that holds it.
        flowBase = currentLevel();
        flowDepth = 0;
        valueSeen = true;
        p = scanFlow(p, lineEnd);
        atNodeStart = false;
        continue;
      }
      if (atNodeStart && (c === 0x22 || c === 0x27)) {
        count(p);
        valueSeen = true;
        const after = skipQuoted(p + 1, lineEnd, c);
        if (after < 0) {
          quote = c;
          break;
        }
        let r = after;
        while (r < lineEnd && isBlank(text.charCodeAt(r))) r++;
        if (
          r < lineEnd &&
          text.charCodeAt(r) === 0x3a &&
          (r + 1 === lineEnd || isBlank(text.charCodeAt(r + 1)))
        ) {
          // A quoted key.
          entry(p, 'map');
          p = r + 1;
          atNodeStart = true;
          continue;
        }
        p = after;
        atNodeStart = false;
        continue;
      }
      if (atNodeStart && (c === 0x7c || c === 0x3e)) {
        // A block scalar: its contents are the lines indented past the entry that holds it.
        count(p);
        valueSeen = true;
        blockScalarCol = stack.length > 0 ? stack[stack.length - 1].col : -1;
        break;
      }
      if (atNodeStart && (c === 0x26 || c === 0x21)) {
        // An anchor or a tag: the node follows.
        while (p < lineEnd && !isBlank(text.charCodeAt(p))) p++;
        continue;
      }
      // A plain scalar (or an alias): up to `: ` (then it was a key), ` #` or the end of the line.
      const start = p;
      let key = false;
      // Only these characters matter inside a plain scalar; a regular expression finds them faster than a loop.
      PLAIN_STOPS.lastIndex = p;
      for (
        let m = PLAIN_STOPS.exec(text);
        m !== null && m.index < lineEnd;
        m = PLAIN_STOPS.exec(text)
      ) {
        const at = m.index;
        const d = text.charCodeAt(at);
        if (d === LF) break;
        if (d === 0x3a) {
          if (at + 1 === lineEnd || isBlank(text.charCodeAt(at + 1))) {
            key = true;
            p = at;
            break;
          }
        } else if (d === 0x23) {
          if (at > start && isBlank(text.charCodeAt(at - 1))) {
            p = at;
            break;
          }
        } else count(at); // Each bracket or comma is a token to the `yaml` lexer even inside text: it counts toward the limit.
        if (stop) break;
      }
      if (!key && (p === start || text.charCodeAt(p) !== 0x23)) p = lineEnd;
      if (key) {
        entry(start, 'map');
        p++;
        atNodeStart = true;
        continue;
      }
      count(start);
      valueSeen = true;
      atNodeStart = false;
    }
    if (lineFrame) lineFrame.opens = !valueSeen;
    lineStart = lineEnd + 1;
  }
  return result;
}

/** 1-based line and column of an offset (a linear count; used once per finding). */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
