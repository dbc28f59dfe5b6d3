/**
 * "Did you mean" for names the user wrote: the closest candidate when it is
 * close enough to be a typo. Case differences alone always qualify
 * (`Cognito` → `COGNITO`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const exactIgnoringCase = candidates.find((c) => c.toLowerCase() === word.toLowerCase());
  if (exactIgnoringCase !== undefined) return exactIgnoringCase;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

/** A hint that leads with "did you mean `x`?" when a candidate is close, then `otherwise` (lower-case, a full instruction). */
export function hintWithSuggestion(
  word: string,
  candidates: readonly string[],
  otherwise: string,
): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined
    ? otherwise
    : `did you mean \`${suggestion}\`? Otherwise ${otherwise}`;
}

/** Levenshtein distance, one row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/** `a`, `b` and `c`, for messages. */
export function listOf(names: readonly string[], empty = 'none'): string {
  if (names.length === 0) return empty;
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length === 1
    ? quoted[0]
    : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
