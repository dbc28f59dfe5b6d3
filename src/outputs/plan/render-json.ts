import { isSecretPath } from './attributes';
import { counts, PlanReport, unaccepted } from './report';

/**
 * Everything, for machines. Values are the plan's own, except that a
 * sensitive argument carries no value at all (attributes.ts withholds it) and
 * an argument whose name says secret prints as "(sensitive)".
 */
export function renderJson(report: PlanReport): string {
  const safe = (path: string, value: unknown) =>
    value === undefined ? undefined : isSecretPath(path) && value !== null ? '(sensitive)' : value;
  const body = {
    ...(report.base ? { base: report.base } : {}),
    ok: unaccepted(report).length === 0,
    summary: {
      blocking: report.hazards.filter((h) => h.severity === 'blocking' && !h.accepted).length,
      accepted: report.hazards.filter((h) => h.severity === 'blocking' && h.accepted).length,
      warnings: report.hazards.filter((h) => h.severity === 'warning').length,
    },
    hazards: report.hazards.map((h) => ({
      code: h.code,
      severity: h.severity,
      accepted: h.accepted,
      ...(h.accepted ? { reason: h.reason ?? null } : {}),
      stack: h.stack,
      subject: h.subject,
      file: h.file,
      line: h.line,
      col: h.col,
      path: h.path.join('.'),
      message: h.message,
      hint: h.hint,
    })),
    stacks: report.stacks.map((s) => ({
      stack: s.stack,
      file: s.file,
      plan: s.planFile,
      formatVersion: s.formatVersion,
      ...(s.terraformVersion ? { terraformVersion: s.terraformVersion } : {}),
      errored: s.errored,
      ...(s.applyable !== undefined ? { applyable: s.applyable } : {}),
      counts: counts(s.entries),
      ...(s.mismatch ? { mismatch: s.mismatch } : {}),
      changes: s.entries
        .filter(
          (e) =>
            e.action !== 'no-op' ||
            e.importId !== undefined ||
            e.movedFrom !== undefined ||
            e.unknown === 'configuration',
        )
        .map((e) => ({
          address: e.address,
          mode: e.mode,
          type: e.type,
          action: e.action,
          ...(e.order ? { order: e.order } : {}),
          ...(e.reason ? { reason: e.reason } : {}),
          ...(e.importId !== undefined ? { importId: e.importId } : {}),
          ...(e.movedFrom ? { movedFrom: e.movedFrom } : {}),
          yaml: e.location
            ? {
                file: e.location.file,
                line: e.location.line,
                col: e.location.col,
                path: e.location.pointer,
              }
            : null,
          ...(e.object ? {} : { notInYaml: e.unknown }),
          ...(e.drift ? { drift: e.drift } : {}),
          attributes: e.attributes.map((a) => ({
            path: a.path,
            ...(a.before !== undefined ? { before: safe(a.path, a.before) } : {}),
            ...(a.after !== undefined ? { after: safe(a.path, a.after) } : {}),
            ...(a.unknownAfter ? { unknownAfter: true } : {}),
            ...(a.sensitive ? { sensitive: true } : {}),
            ...(a.forcesReplacement ? { forcesReplacement: true } : {}),
          })),
        })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
