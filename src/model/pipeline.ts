import { byPosition, Diagnostic } from '../load/diagnostic';
import type { RelatedReader } from '../load/related';
import type { SourceFile } from '../load/source';
import { validateContents, validatePaths, ValidateOptions, ValidationResult } from '../validate';
import { buildModel } from './build';
import type { Model } from './model';

/**
 * The one entry into the pipeline: files in (paths on disk, or contents in
 * memory), models out. Every command (validate aside, which stops at the
 * diagnostics), the cdktf app, review and both sides of diff go through here.
 */

/** A file already in memory (read from a git ref, a test case). */
export interface ContentInput {
  /** The name findings are reported under (for a git ref, `REF:path`). */
  path: string;
  bytes: Buffer;
  /** The name the model records as its file, when it differs from `path`. */
  modelPath?: string;
  /** How to read the files it names beside itself (SAML metadata); default the disk, relative to `path`. */
  related?: RelatedReader;
}

/** A stack ready to compile: its model and the parsed file it came from (for positions). */
export interface StackInput {
  model: Model;
  /** The assembled document (definition, environment overlay, tenants); locate through it with `locate`/`fileOf`. */
  source: SourceFile;
  /** The tenant files joined to this stack. */
  tenants: string[];
  /** The environment of the definition this stack is, if any. */
  environment?: string;
}

export type PipelineResult =
  | { ok: true; stacks: StackInput[]; models: Model[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Load, validate and model files on disk. */
export function modelsFromPaths(
  paths: readonly string[],
  options: ValidateOptions = {},
): PipelineResult {
  return toModels(validatePaths(paths, options), (path) => path);
}

/** The same for contents in memory. */
export function modelsFromContents(
  inputs: readonly ContentInput[],
  options: ValidateOptions = {},
): PipelineResult {
  const modelPaths = new Map(inputs.map((input) => [input.path, input.modelPath ?? input.path]));
  return toModels(validateContents(inputs, options), (path) => modelPaths.get(path) ?? path);
}

function toModels(result: ValidationResult, modelPath: (path: string) => string): PipelineResult {
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  const stacks: StackInput[] = [];
  for (const stack of result.stacks) {
    if (!stack.valid) return { ok: false, diagnostics: [...result.diagnostics].sort(byPosition) };
    // `source` is the assembled document: `locate` on it goes through its origins to the file that wrote each value.
    stacks.push({
      model: buildModel(stack.config, modelPath(stack.path), stack.metadata),
      source: stack.source,
      tenants: stack.tenants.map(modelPath),
      ...(stack.environment ? { environment: stack.environment } : {}),
    });
  }
  return { ok: true, stacks, models: stacks.map((s) => s.model), diagnostics: result.diagnostics };
}
