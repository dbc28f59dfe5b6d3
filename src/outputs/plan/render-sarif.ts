import { HAZARD_KINDS } from '../diff/hazard-codes';
import { formatSarif } from '../format/sarif';
import { hazardDiagnostics, PlanReport } from './report';

/**
 * SARIF 2.1.0 through the shared formatter, with each accepted hazard
 * marked as a suppression whose justification is the `--accept` reason
 * (SARIF 2.1.0 §3.27.23 `suppressions`, §3.35 suppression object:
 * kind `external` for a decision made outside the code, status `accepted`).
 * Results come out in the order of the diagnostics, so index i is hazard i.
 */
export function renderSarif(report: PlanReport): string {
  const log = JSON.parse(
    formatSarif(
      hazardDiagnostics(report),
      HAZARD_KINDS.map((k) => ({ id: k.code, description: `${k.description} (${k.severity})` })),
    ),
  ) as {
    runs: Array<{ results: Array<Record<string, unknown>> }>;
  };
  log.runs[0].results.forEach((result, i) => {
    const hazard = report.hazards[i];
    if (hazard.accepted)
      result.suppressions = [
        {
          kind: 'external',
          status: 'accepted',
          justification: hazard.reason ?? `accepted with --accept ${hazard.code}, no reason given`,
        },
      ];
  });
  return `${JSON.stringify(log, null, 2)}\n`;
}
