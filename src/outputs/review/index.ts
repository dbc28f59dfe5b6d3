import type { Diagnostic } from '../../load/diagnostic';
import { buildModel } from '../../model/build';
import { validatePaths } from '../../validate';
import { renderReview } from './render';

export { renderReview } from './render';

export interface ReviewResult {
  ok: boolean;
  /** Validation findings (errors stop the review; warnings do not). */
  diagnostics: Diagnostic[];
  /** Present when every file is valid. */
  markdown?: string;
}

/** Validate, then summarize. A file with an error gets no summary: the review would describe something that cannot be deployed. */
export function reviewPaths(paths: readonly string[]): ReviewResult {
  const validation = validatePaths(paths);
  if (!validation.ok) return { ok: false, diagnostics: validation.diagnostics };
  const models = validation.files.map((f) => buildModel(f.config!, f.path));
  return { ok: true, diagnostics: validation.diagnostics, markdown: renderReview(models) };
}
