/**
 * A finding about the input, positioned at the YAML node at fault.
 * Every stage reports through this one shape, so every output format
 * (text, JSON, GitHub annotations, SARIF) prints the same facts.
 */
export type Severity = 'error' | 'warning';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  col: number;
}

export interface Diagnostic extends Position {
  /** The file as the user named it (relative paths stay relative). */
  file: string;
  /** Where the offending node ends, when known (for editor ranges and SARIF regions). */
  end?: Position;
  severity: Severity;
  /** Stable code, e.g. `yaml-syntax`, `schema-required`, `idp-name`. */
  code: string;
  /** The constraint, and what was received. Never contains a secret value. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The YAML path of the node, dotted (`userPools.customers.domain`): stable across edits that move lines, so SARIF fingerprints use it. */
  pointer?: string;
  /** Set when the author let the finding through (an accepted hazard), with why: SARIF writes it as a suppression. */
  suppression?: { justification: string };
}

/** A path into the YAML document: mapping keys and sequence indexes. */
export type NodePath = ReadonlyArray<string | number>;

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}
