import { UsageError } from '../../load/files';

/**
 * Markdown that must fit one pull-request comment. GitHub refuses a comment
 * body over 65,536 characters (a 422 "body is too long";
 * https://docs.github.com/en/rest/issues/comments#create-an-issue-comment),
 * and a 50-pool review was 1.9 MB. Every Markdown output cogfed writes
 * (review, diff, plan) goes through `fitComment`: the document is a head, an
 * ordered list of sections and a tail; each section is shown whole while it
 * fits, then by its one-line summary, then counted; and whenever anything
 * was left out the comment says where the complete text is.
 */

/** GitHub's limit on a comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * What one Markdown output may use by default: under the limit, leaving room
 * for the lines a pipeline adds around it. A pipeline that joins several
 * outputs in one comment gives each a share (`--max-chars`).
 */
export const DEFAULT_MAX_CHARS = 60_000;

/** The smallest budget accepted: room for a verdict and the pointer to the full text. */
export const MIN_MAX_CHARS = 2_000;

export interface CommentSection {
  /** The section as the complete report has it. */
  full: string;
  /** One line or two that say what the section holds, when the whole does not fit. Empty: nothing. */
  short: string;
  /**
   * The most of the section that fits in `room` characters, tried before
   * `short` when the whole does not fit (a stack's first changes, then a
   * count of the rest); undefined when nothing useful fits.
   */
  partial?: (room: number) => string | undefined;
}

/**
 * Sections that belong together (a pool: its settings, then each provider,
 * client and registration sheet). The first stands for the group: when it
 * does not fit whole, its short form is the whole group's; when it does, the
 * other parts are shown whole while they fit, and one line counts the rest.
 */
export interface CommentGroup {
  /** Names the group in that line: "pool `customers`". */
  label: string;
  sections: readonly CommentSection[];
}

export interface CommentDocument {
  head: string;
  sections: ReadonlyArray<CommentSection | CommentGroup>;
  tail?: string;
  /** What separates the parts (the renderers join their blocks with a blank line or a newline). */
  joiner: string;
}

export interface FitOptions {
  maxChars: number;
  /** Where the complete text is, in words: a file name (`--output-full`), else how to get it. */
  fullText: string;
  /** The kind of thing a top-level section or group is, for the count of those not shown (`sections`, `pools`). */
  noun: string;
}

const isGroup = (part: CommentSection | CommentGroup): part is CommentGroup => 'sections' in part;
const flat = (part: CommentSection | CommentGroup): readonly CommentSection[] =>
  isGroup(part) ? part.sections : [part];

/** The document whole: what `--output-full` writes, and the comment when it fits. */
export function joinDocument(doc: CommentDocument): string {
  return [
    doc.head,
    ...doc.sections.flatMap(flat).map((s) => s.full),
    ...(doc.tail !== undefined ? [doc.tail] : []),
  ].join(doc.joiner);
}

/**
 * The document within `maxChars`: whole if it fits (byte for byte what
 * joinDocument gives); else sections and groups whole in order while they
 * fit, then summaries, then a count of the rest, and a note saying where the
 * complete text is. Never longer than maxChars.
 */
export function fitComment(doc: CommentDocument, options: FitOptions): string {
  const whole = joinDocument(doc);
  if (whole.length <= options.maxChars) return whole;

  const tail = doc.tail !== undefined ? [doc.tail] : [];
  const fixed = [doc.head, ...tail].join(doc.joiner).length;
  // The note's final wording depends on counts; reserve room for its longest form.
  const reserve =
    note(options, doc.sections.length, doc.sections.length).length + 2 * doc.joiner.length + 40;
  let budget = options.maxChars - fixed - reserve;
  const kept: string[] = [];
  let summarised = 0;
  let omitted = 0;
  const cost = (text: string) => text.length + doc.joiner.length;
  // Every part after this one keeps room for its short form, when the budget holds them all: each part is
  // at least named before any is shown whole at length.
  const shortCost = doc.sections.map((part) =>
    flat(part)[0]?.short ? cost(flat(part)[0].short) : 0,
  );
  const after = shortCost.map((_, i) => shortCost.slice(i + 1).reduce((a, b) => a + b, 0));
  let reserved = 0;
  const take = (text: string, keep = reserved): boolean => {
    if (cost(text) > budget - keep) return false;
    kept.push(text);
    budget -= cost(text);
    return true;
  };
  for (const [i, part] of doc.sections.entries()) {
    reserved = after[i] <= budget ? after[i] : 0;
    const [first, ...rest] = flat(part);
    if (omitted > 0 || first === undefined) {
      if (first !== undefined) omitted++;
      continue;
    }
    if (isGroup(part) && rest.length > 0) {
      // Room for the line that counts what the group leaves out, should it need it.
      const line = (n: number) =>
        `_${n} more part${n === 1 ? '' : 's'} of ${part.label} not shown in full._\n`;
      budget -= cost(line(rest.length));
      if (take(first.full)) {
        const left = rest.filter((section) => !take(section.full)).length;
        budget += cost(line(rest.length));
        if (left > 0) take(line(left));
        if (left > 0) summarised++;
        continue;
      }
      budget += cost(line(rest.length));
    } else if (take(first.full)) continue;
    const partial = first.partial?.(budget - reserved - doc.joiner.length);
    if (partial !== undefined && take(partial)) {
      summarised++;
      continue;
    }
    if (first.short !== '' && take(first.short, 0)) summarised++;
    else omitted++;
  }
  // The note right after the head: a reader sees at once that the comment is shortened, and where the rest is.
  const parts = [doc.head, note(options, summarised, omitted), ...kept];
  if (omitted > 0) parts.push(`_… and ${omitted} more ${options.noun} not shown._\n`);
  parts.push(...tail);
  const fitted = parts.join(doc.joiner);
  // A head longer than the budget itself (it never is for real input): the note, then the head cut at a line.
  if (fitted.length > options.maxChars) {
    const start = `${note(options, summarised, omitted)}\n`;
    const cut = doc.head.slice(0, Math.max(0, options.maxChars - start.length));
    return `${start}${cut.slice(0, Math.max(0, cut.lastIndexOf('\n') + 1))}`;
  }
  return fitted;
}

function note(options: FitOptions, summarised: number, omitted: number): string {
  const what = [
    summarised > 0 ? `${summarised} summarised` : '',
    omitted > 0 ? `${omitted} left out` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `> [!NOTE]\n> This is too long for one pull-request comment (${options.maxChars.toLocaleString('en-US')} characters at most), so parts are shortened${what ? ` (${options.noun}: ${what})` : ''}. ${options.fullText}\n`;
}

/** Where the full text is, for the note: the file `--output-full` wrote, or the flag to ask for it. */
export function fullTextPointer(command: string, outputFull: string | undefined): string {
  return outputFull !== undefined
    ? `The complete text is in \`${outputFull}\` (the pipeline uploads it with the run's artifacts).`
    : `The complete text: \`${command} --output-full FILE\`.`;
}

/** `--max-chars`: a whole number of characters, at least MIN_MAX_CHARS and at most GitHub's limit. */
export function parseMaxChars(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < MIN_MAX_CHARS || n > GITHUB_COMMENT_LIMIT) {
    throw new UsageError(
      `--max-chars ${value}: a whole number from ${MIN_MAX_CHARS} to ${GITHUB_COMMENT_LIMIT} (GitHub's limit on a comment)`,
    );
  }
  return n;
}
