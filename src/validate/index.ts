import { byPosition, Diagnostic } from '../load/diagnostic';
import { loadBytes, loadFile, LoadResult } from '../load/load';
import type { SourceFile } from '../load/source';
import type { CogfedFile } from './config';
import { Finding, toDiagnostic } from './finding';
import { CROSS_FILE_RULES, RULES, RuleCode } from './rules';
import type { RuleFinding } from './rules/rule';
import { checkSchema } from './schema';

/** A file that passed the schema and every rule (warnings allowed), or one that did not. */
export type ValidatedFile =
  | { valid: true; path: string; source: SourceFile; config: CogfedFile; diagnostics: Diagnostic[] }
  | { valid: false; path: string; source?: SourceFile; diagnostics: Diagnostic[] };

export interface ValidationResult {
  files: ValidatedFile[];
  /** All findings of all files, sorted by file and position. */
  diagnostics: Diagnostic[];
  ok: boolean;
}

/** Validate files on disk. */
export function validatePaths(paths: readonly string[]): ValidationResult {
  return validateLoaded(paths.map((path) => ({ path, result: loadFile(path) })));
}

/** Validate contents already in memory (files read from a git ref, test cases). */
export function validateContents(inputs: ReadonlyArray<{ path: string; bytes: Buffer }>): ValidationResult {
  return validateLoaded(inputs.map(({ path, bytes }) => ({ path, result: loadBytes(path, bytes) })));
}

function validateLoaded(loaded: ReadonlyArray<{ path: string; result: LoadResult }>): ValidationResult {
  const checked = loaded.map(({ path, result }) => checkFile(path, result));
  const files = checked.map((c) => c.file);

  // Cross-file rules see every file whose shape is sound, even one with rule findings.
  const candidates = checked.filter((c) => c.shaped).map((c) => ({ source: c.file.source!, config: c.file.source!.value as CogfedFile }));
  for (const rule of CROSS_FILE_RULES) {
    for (const { source, finding } of rule.checkAll(candidates)) {
      files.find((f) => f.source === source)!.diagnostics.push(toDiagnostic(source, { ...finding, code: rule.code }));
    }
  }
  const validated = files.map((f): ValidatedFile => {
    f.diagnostics.sort(byPosition);
    const clean = f.diagnostics.every((d) => d.severity !== 'error');
    return f.source && clean ? { valid: true, path: f.path, source: f.source, config: f.source.value as CogfedFile, diagnostics: f.diagnostics } : { valid: false, ...f };
  });
  const diagnostics = validated.flatMap((f) => f.diagnostics).sort(byPosition);
  return { files: validated, diagnostics, ok: diagnostics.every((d) => d.severity !== 'error') };
}

interface CheckedFile {
  path: string;
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

function checkFile(path: string, result: LoadResult): { file: CheckedFile; shaped: boolean } {
  if (!result.source) return { file: { path, diagnostics: result.diagnostics }, shaped: false };
  const source = result.source;
  const shapeFindings = checkSchema(source.value);
  const shaped = shapeFindings.length === 0;
  // Rules trust the shape; a file with shape errors reports those first.
  const findings = shaped ? RULES.flatMap((rule) => stamp(rule, rule.check(source.value as CogfedFile))) : shapeFindings;
  return { file: { path, source, diagnostics: findings.map((f) => toDiagnostic(source, f)) }, shaped };
}

/** The engine, not the rule, writes the code: a rule cannot report under another's. */
function stamp(rule: { code: RuleCode }, findings: readonly RuleFinding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, code: rule.code }));
}
