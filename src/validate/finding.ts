import type { Diagnostic, NodePath, Severity } from '../load/diagnostic';
import { fileOf, locate, SourceFile, Target } from '../load/source';
import type { DiagnosticCode } from './codes';
import { maskUserinfo } from './userinfo';

/**
 * What a check reports: a path, not a position. `toDiagnostic` is the one
 * place that turns it into file:line:col.
 */
export interface Finding {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  path: NodePath;
  /** Point at the mapping key rather than its value (unknown keys, bad ids). */
  target?: Target;
  severity?: Severity;
  /**
   * Another place the finding concerns (the first of two duplicates). When it
   * was written in another file, the message names that file:line:col, so a
   * conflict between two files names both.
   */
  related?: NodePath;
  /** The YAML path as printed, when the path itself must not be (a key that may be a secret). */
  pointer?: string;
}

export function toDiagnostic(source: SourceFile, finding: Finding): Diagnostic {
  const span = locate(source, finding.path, finding.target);
  const file = fileOf(source, finding.path);
  let message = finding.message;
  if (finding.related) {
    const other = fileOf(source, finding.related);
    const at = locate(source, finding.related);
    if (other !== file) message += ` (the other is at ${other}:${at.start.line}:${at.start.col})`;
  }
  return {
    file,
    line: span.start.line,
    col: span.start.col,
    end: span.end,
    severity: finding.severity ?? 'error',
    code: finding.code,
    // No message shows a URL's user name or password, whichever check wrote it.
    message: maskUserinfo(message),
    ...(finding.hint ? { hint: maskUserinfo(finding.hint) } : {}),
    // The path holds map keys as written, and a key can be a URL with a password in it.
    pointer: maskUserinfo(finding.pointer ?? finding.path.join('.')),
  };
}

/** `file:line:col` of a path, through the origins of an assembled document: for a message naming another place. */
export function placeOf(source: SourceFile, path: NodePath, target: Target = 'value'): string {
  const span = locate(source, path, target);
  return `${fileOf(source, path)}:${span.start.line}:${span.start.col}`;
}

/** Quote a received value for a message: short, single-line, never an object dump. */
export function received(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    // Masked before it is shortened: a cut could fall between a password and its `@`.
    const masked = maskUserinfo(value);
    return JSON.stringify(masked.length > 80 ? `${masked.slice(0, 77)}...` : masked);
  }
  return String(value);
}
