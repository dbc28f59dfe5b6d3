import { safeValue } from './attributes';
import { baseNotesJson } from './render-base';
import { counts, DiffReport, unaccepted } from './report';

/** Everything, for machines. Attribute values are the synthesized JSON's (references for secrets); a sensitive literal would print as "(sensitive)". */
export function renderJson(report: DiffReport): string {
  const safe = safeValue;
  const body = {
    base: { ref: report.ref, commit: report.commit },
    ...(report.baseProblems ? { baseProblems: baseNotesJson(report) } : {}),
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
      ...(s.renamedFrom ? { renamedFrom: s.renamedFrom } : {}),
      ...(s.newState ? { newState: true } : {}),
      counts: counts(s.changes),
      // Keys renamed with `renamedFrom`: moved in state, not destroyed; and what the author should know.
      ...(s.moves ? { moves: s.moves } : {}),
      ...(s.notes ? { notes: s.notes } : {}),
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
