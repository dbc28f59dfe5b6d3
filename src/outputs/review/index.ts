import type { Diagnostic } from '../../load/diagnostic';
import { fileOf, locate } from '../../load/source';
import { modelsFromPaths, StackInput } from '../../model/pipeline';
import { renderReview, ReviewOrigins } from './render';

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
  return {
    ok: true,
    diagnostics: result.diagnostics,
    markdown: renderReview(result.models, reviewOrigins(result.stacks)),
  };
}

/** Where each stack's values were written, for the review's "Environment", "Tenant files" and "Written in" lines. */
export function reviewOrigins(stacks: readonly StackInput[]): ReviewOrigins {
  const byName = new Map(stacks.map((s) => [s.model.stack, s]));
  return {
    environment: (stack) => byName.get(stack)?.environment,
    tenants: (stack) => byName.get(stack)?.tenants ?? [],
    place: (stack, path) => {
      const input = byName.get(stack);
      if (!input) return undefined;
      const span = locate(input.source, path, 'key');
      return `${fileOf(input.source, path)}:${span.start.line}`;
    },
  };
}
