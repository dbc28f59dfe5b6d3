import { byPosition, Diagnostic } from '../load/diagnostic';
import { loadBytes, loadFile, LoadResult } from '../load/load';
import type { SourceFile } from '../load/source';
import type { CogfedFile } from '../model/config';
import { toDiagnostic } from './finding';
import { CROSS_FILE_RULES, RULES } from './rules';
import { checkSchema } from './schema';

export interface ValidatedFile {
  path: string;
  source?: SourceFile;
  /** Present when the file passed the schema and every rule. */
  config?: CogfedFile;
  diagnostics: Diagnostic[];
}

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
  const files: ValidatedFile[] = checked.map((c) => c.file);

  // Cross-file rules see every file whose shape is sound, even one with rule findings.
  const candidates = checked.filter((c) => c.shaped).map((c) => ({ source: c.file.source!, config: c.file.source!.value as CogfedFile }));
  for (const rule of CROSS_FILE_RULES) {
    for (const { source, finding } of rule.checkAll(candidates)) {
      files.find((f) => f.source === source)!.diagnostics.push(toDiagnostic(source, finding));
    }
  }
  for (const f of files) {
    f.diagnostics.sort(byPosition);
    if (f.source && f.diagnostics.every((d) => d.severity !== 'error')) f.config = f.source.value as CogfedFile;
  }
  const diagnostics = files.flatMap((f) => f.diagnostics).sort(byPosition);
  return { files, diagnostics, ok: diagnostics.every((d) => d.severity !== 'error') };
}

function checkFile(path: string, result: LoadResult): { file: ValidatedFile; shaped: boolean } {
  if (!result.source) return { file: { path, diagnostics: result.diagnostics }, shaped: false };
  const source = result.source;
  const shapeFindings = checkSchema(source.value);
  const shaped = shapeFindings.length === 0;
  // Rules trust the shape; a file with shape errors reports those first.
  const findings = shaped ? RULES.flatMap((rule) => rule.check(source.value as CogfedFile)) : shapeFindings;
  return { file: { path, source, diagnostics: findings.map((f) => toDiagnostic(source, f)) }, shaped };
}
