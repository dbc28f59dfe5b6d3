import type { Diagnostic } from '../../load/diagnostic';
import { fileOf, locate } from '../../load/source';
import type { Model } from '../../model/model';
import { modelsFromPaths, StackInput } from '../../model/pipeline';
import { GitRepo } from '../diff/git';
import { modelBase } from '../diff/base-side';
import { collectInputs } from '../diff/inputs';
import {
  DEFAULT_MAX_CHARS,
  fitComment,
  fullTextPointer,
  joinDocument,
} from '../format/comment-limit';
import { code } from './markdown';
import { renderReview, reviewDocument, ReviewOrigins } from './render';
import { reviewScope } from './scope';

export { renderReview, reviewDocument } from './render';

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

export interface ReviewOptions {
  /** Show only what changed since this git ref (`--base`). */
  base?: string;
  /** The files as named on the command line (for reading the same targets at the base). */
  named: readonly string[];
  cwd: string;
  /** The most the Markdown may hold (`--max-chars`); default under GitHub's comment limit. */
  maxChars?: number;
  /** Where the complete review is written (`--output-full`), named in the shortened one. */
  outputFull?: string;
}

export interface FittedReview extends ReviewResult {
  /** The complete review, when every file is valid (what `--output-full` writes). */
  full?: string;
}

/**
 * The review as a pull-request comment: with `base`, only the stacks and
 * pools the change touches; always within `maxChars`, shortened pool by pool
 * when it is longer, with a pointer to the complete text.
 */
export function reviewForComment(paths: readonly string[], options: ReviewOptions): FittedReview {
  const result = modelsFromPaths(paths);
  if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
  const doc = documentFor(result.models, reviewOrigins(result.stacks), options);
  const markdown = fitComment(doc, {
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
    noun: 'sections',
    fullText: fullTextPointer(
      options.base ? `cogfed review --base ${options.base}` : 'cogfed review',
      options.outputFull,
    ),
  });
  return { ok: true, diagnostics: result.diagnostics, markdown, full: joinDocument(doc) };
}

function documentFor(models: Model[], origins: ReviewOrigins, options: ReviewOptions) {
  if (options.base === undefined) return reviewDocument(models, { origins });
  const repo = GitRepo.open(options.cwd);
  const commit = repo.resolve(options.base);
  const inputs = collectInputs(options.named, options.cwd, repo, commit, options.base);
  // As diff reads the base (base-side.ts): the files beside a base file (SAML metadata) at the same commit.
  const base = modelBase(inputs.base, options.base, repo, commit);
  if (base.problems) {
    // Nothing sound to compare with: every stack is shown, and the review says why.
    const doc = reviewDocument(models, { origins });
    return {
      ...doc,
      head: `${doc.head}\nThe files at ${code(options.base)} do not validate, so nothing is left out: every stack is shown.\n`,
    };
  }
  return reviewDocument(models, {
    origins,
    scope: reviewScope(
      base.stacks.map((stack) => stack.model),
      models,
      options.base,
      commit,
    ),
  });
}
