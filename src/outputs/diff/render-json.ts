import { showValue } from './attributes';
import { counts, DiffReport, unaccepted } from './report';

/** Everything, for machines. Attribute values are the synthesized JSON's (references for secrets); a sensitive literal would print as "(sensitive)". */
export function renderJson(report: DiffReport): string {
  const safe = (path: string, value: unknown) =>
    value === undefined
      ? undefined
      : showValue(path, value) === '(sensitive)'
        ? '(sensitive)'
        : value;
  const body = {
    base: { ref: report.ref, commit: report.commit },
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
      ...(h.acceptReason ? { acceptReason: h.acceptReason } : {}),
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
      status: s.status,
      ...(s.file ? { file: s.file } : {}),
      ...(s.baseFile ? { baseFile: s.baseFile } : {}),
      counts: counts(s.changes),
      changes: s.changes.map((c) => ({
        address: c.address,
        kind: c.kind,
        ...(c.type ? { type: c.type } : {}),
        action: c.action,
        attributes: c.attributes.map((a) => ({
          path: a.path,
          ...(a.before !== undefined ? { before: safe(a.path, a.before) } : {}),
          ...(a.after !== undefined ? { after: safe(a.path, a.after) } : {}),
          ...(a.forcesReplacement ? { forcesReplacement: true } : {}),
          ...(a.reason ? { reason: a.reason } : {}),
        })),
      })),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
