import type { Diagnostic } from '../../load/diagnostic';
import { modelsFromPaths } from '../../model/pipeline';
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
  const result = modelsFromPaths(paths);
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  return { ok: true, diagnostics: result.diagnostics, markdown: renderReview(result.models) };
}
