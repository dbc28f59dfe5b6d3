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
  const files: ValidatedFile[] = loaded.map(({ path, result }) => checkFile(path, result));

  // Cross-file rules see every file whose shape is sound, even one with rule findings.
  const shaped = files.filter((f) => f.source && f.diagnostics.every((d) => !d.code.startsWith('schema-') && !d.code.startsWith('secret-')));
  const candidates = shaped.map((f) => ({ source: f.source!, config: f.source!.value as CogfedFile }));
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

function checkFile(path: string, result: LoadResult): ValidatedFile {
  if (!result.source) return { path, diagnostics: result.diagnostics };
  const source = result.source;
  const shapeFindings = checkSchema(source.value);
  // Rules trust the shape; a file with shape errors reports those first.
  const findings = shapeFindings.length > 0 ? shapeFindings : RULES.flatMap((rule) => rule.check(source.value as CogfedFile));
  return { path, source, diagnostics: findings.map((f) => toDiagnostic(source, f)) };
}
