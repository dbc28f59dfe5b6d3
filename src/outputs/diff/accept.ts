import { UsageError } from '../../load/files';
import { HAZARD_KINDS, HazardCode, isHazardCode } from './hazard-codes';

/**
 * A blocking hazard the author accepts, with the reason: as cdk-nag asks a
 * reason of every suppression, the reason is written into every output
 * (text, Markdown, JSON, GitHub, and SARIF as the suppression's
 * justification), so a reviewer sees why it was let through.
 */
export interface Acceptance {
  code: HazardCode;
  reason?: string;
}

/**
 * `--accept` values: `CODE`, `CODE,CODE`, or `CODE=REASON` (the shell takes
 * the quotes of `--accept pool-replaced="users migrated to pool v2"`). A
 * value with `=` is one acceptance, so its reason may hold commas.
 */
export function parseAcceptances(values: readonly string[]): Acceptance[] {
  const out: Acceptance[] = [];
  for (const value of values) {
    const equals = value.indexOf('=');
    const parts = equals >= 0 ? [value] : value.split(',');
    for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
      const cut = part.indexOf('=');
      const code = (cut >= 0 ? part.slice(0, cut) : part).trim();
      const reason = cut >= 0 ? part.slice(cut + 1).trim() : '';
      if (!isHazardCode(code)) {
        throw new UsageError(
          `--accept ${code}: not a hazard code; the codes are ${HAZARD_KINDS.map((k) => k.code).join(', ')}`,
        );
      }
      out.push({ code, ...(reason ? { reason } : {}) });
    }
  }
  return out;
}

/** The acceptance of a code, if any; with several, the first that gives a reason. */
export function acceptanceOf(
  acceptances: readonly Acceptance[],
  code: HazardCode,
): Acceptance | undefined {
  const matching = acceptances.filter((a) => a.code === code);
  return matching.find((a) => a.reason) ?? matching[0];
}

/** `[accepted: --accept CODE: "reason"]`, the words every text output adds to an accepted hazard. */
export function acceptedNote(code: string, reason: string | undefined): string {
  return ` [accepted: --accept ${code}${reason ? `: ${JSON.stringify(reason)}` : ''}]`;
}
