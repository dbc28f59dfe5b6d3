import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../load/diagnostic';

export interface RuleDescriptor {
  id: string;
  description: string;
}

const VERSION = '0.1.0';

/**
 * SARIF 2.1.0, for code-scanning uploads. Rule ids are cogfed's stable codes;
 * the fingerprint hashes code, file and YAML path (not the line), so a finding
 * keeps its identity when lines above it move.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], catalog: readonly RuleDescriptor[]): string {
  const used = [...new Set(diagnostics.map((d) => d.code))].sort();
  const known = new Map(catalog.map((r) => [r.id, r.description]));
  const rules = used.map((id) => ({ id, shortDescription: { text: known.get(id) ?? id }, helpUri: `https://github.com/cogfed/cogfed#${id}` }));
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cogfed', version: VERSION, informationUri: 'https://github.com/cogfed/cogfed', rules } },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: `${d.message}${d.hint ? `; fix: ${d.hint}` : ''}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split('\\').join('/') },
                region: { startLine: d.line, startColumn: d.col, ...(d.end ? { endLine: d.end.line, endColumn: d.end.col } : {}) },
              },
            },
          ],
          partialFingerprints: { 'cogfed/v1': fingerprint(d) },
          ...(d.suppression ? { suppressions: [{ kind: 'external', justification: d.suppression.justification }] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function fingerprint(d: Diagnostic): string {
  return createHash('sha256').update(`${d.code}\u0000${d.file}\u0000${d.pointer ?? `${d.line}:${d.col}`}`).digest('hex').slice(0, 32);
}
