import { byPosition, Diagnostic, NodePath } from '../load/diagnostic';
import { loadBytes, loadFile, LoadResult } from '../load/load';
import type { SourceFile } from '../load/source';
import type { CogfedFile } from './config';
import { Finding, toDiagnostic } from './finding';
import { CROSS_FILE_RULES, RULES, RuleCode } from './rules';
import type { RuleFinding } from './rules/rule';
import { isSound, viewFor } from './parts';
import { checkShape } from './schema';

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
export function validateContents(
  inputs: ReadonlyArray<{ path: string; bytes: Buffer }>,
): ValidationResult {
  return validateLoaded(
    inputs.map(({ path, bytes }) => ({ path, result: loadBytes(path, bytes) })),
  );
}

function validateLoaded(
  loaded: ReadonlyArray<{ path: string; result: LoadResult }>,
): ValidationResult {
  const checked = loaded.map(({ path, result }) => checkFile(path, result));
  const files = checked.map((c) => c.file);

  for (const rule of CROSS_FILE_RULES) {
    // Each cross-file rule sees every file whose reads are sound, even one with other findings.
    const candidates = checked
      .filter((c) => c.faults !== undefined && isSound('file', rule.reads, [], c.faults))
      .map((c) => ({ source: c.file.source!, config: c.file.source!.value as CogfedFile }));
    for (const { source, finding } of rule.checkAll(candidates)) {
      files
        .find((f) => f.source === source)!
        .diagnostics.push(toDiagnostic(source, { ...finding, code: rule.code }));
    }
  }
  const validated = files.map((f): ValidatedFile => {
    f.diagnostics.sort(byPosition);
    const clean = f.diagnostics.every((d) => d.severity !== 'error');
    return f.source && clean
      ? {
          valid: true,
          path: f.path,
          source: f.source,
          config: f.source.value as CogfedFile,
          diagnostics: f.diagnostics,
        }
      : { valid: false, ...f };
  });
  const diagnostics = validated.flatMap((f) => f.diagnostics).sort(byPosition);
  return { files: validated, diagnostics, ok: diagnostics.every((d) => d.severity !== 'error') };
}

interface CheckedFile {
  path: string;
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/** A file checked alone; `faults` (the schema errors' paths) when it parsed. */
function checkFile(path: string, result: LoadResult): { file: CheckedFile; faults?: NodePath[] } {
  if (!result.source) return { file: { path, diagnostics: result.diagnostics } };
  const source = result.source;
  const { findings: shapeFindings, faults } = checkShape(source.value);
  // Every rule runs on every part of the file whose reads the schema accepted (parts.ts).
  const ruleFindings = RULES.flatMap((rule) => {
    const view = viewFor(rule, source.value, faults);
    return view ? stamp(rule, rule.check(view)) : [];
  });
  const findings = [...shapeFindings, ...ruleFindings];
  return {
    file: { path, source, diagnostics: findings.map((f) => toDiagnostic(source, f)) },
    faults,
  };
}

/** The engine, not the rule, writes the code: a rule cannot report under another's. */
function stamp(rule: { code: RuleCode }, findings: readonly RuleFinding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, code: rule.code }));
}
