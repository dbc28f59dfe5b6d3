import { createHash } from 'node:crypto';
import type { Diagnostic } from '../../load/diagnostic';
import { VERSION } from '../../load/version';
import { codeHelpUri, REPOSITORY_URL } from './code-docs';
import { artifactLocation, originalUriBaseIds } from './sarif-location';

export interface RuleDescriptor {
  id: string;
  /** The constraint or hazard; its first sentence is SARIF's shortDescription. */
  description: string;
  /** More than the description: what happens, what to do (SARIF fullDescription and help); defaults to the description. */
  fullDescription?: string;
  /** The level of its results (SARIF defaultConfiguration.level). */
  level?: 'error' | 'warning';
}

/**
 * SARIF 2.1.0, for code-scanning uploads. Rule ids are cogfed's stable codes;
 * the fingerprint hashes code, file and YAML path (not the line), so a finding
 * keeps its identity when lines above it move. Every rule has the
 * descriptions and help GitHub code scanning requires (the multitool's
 * GH2012), and a helpUri on its heading in docs/codes.md.
 * https://github.com/microsoft/sarif-sdk/blob/main/src/Sarif.Multitool.Library/Rules/GH2012.ProvideRequiredReportingDescriptorProperties.cs
 * (shortDescription, fullDescription and help.text, "required by the GitHub Advanced Security service").
 */
export function formatSarif(
  diagnostics: readonly Diagnostic[],
  catalog: readonly RuleDescriptor[],
  options: { cwd?: string } = {},
): string {
  const cwd = options.cwd ?? process.cwd();
  const used = [...new Set(diagnostics.map((d) => d.code))].sort();
  const known = new Map(catalog.map((r) => [r.id, r]));
  const rules = used.map((id) =>
    ruleDescriptor(known.get(id) ?? { id, description: `cogfed finding \`${id}\`.` }),
  );
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'cogfed', version: VERSION, informationUri: REPOSITORY_URL, rules },
        },
        originalUriBaseIds: originalUriBaseIds(cwd),
        // Columns count UTF-16 code units, as the YAML parser's positions do (SARIF 3.14.27 columnKind).
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: `${d.message}${d.hint ? `; fix: ${d.hint}` : ''}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(d.file, cwd),
                region: {
                  startLine: d.line,
                  startColumn: d.col,
                  ...(d.end ? { endLine: d.end.line, endColumn: d.end.col } : {}),
                },
              },
            },
          ],
          partialFingerprints: { 'cogfed/v1': fingerprint(d) },
          ...(d.suppression
            ? { suppressions: [{ kind: 'external', justification: d.suppression.justification }] }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: RuleDescriptor) {
  const helpUri = codeHelpUri(rule.id);
  const full = rule.fullDescription ?? rule.description;
  return {
    id: rule.id,
    // SARIF's "friendly name": one Pascal-case word (SARIF2012), e.g. IdpName.
    name: rule.id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(''),
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: full },
    help: {
      text: `${full} Documentation: ${helpUri}`,
      markdown: `${full}\n\n[\`${rule.id}\` in cogfed's documentation](${helpUri})`,
    },
    helpUri,
    ...(rule.level ? { defaultConfiguration: { level: rule.level } } : {}),
  };
}

/** Up to the first full stop followed by a new sentence (descriptions are one or two sentences). */
function firstSentence(text: string): string {
  return /^(.+?[.!?])(?=\s+[A-Z(`])/s.exec(text)?.[1] ?? text;
}

function fingerprint(d: Diagnostic): string {
  return createHash('sha256')
    .update(`${d.code}\u0000${d.file}\u0000${d.pointer ?? `${d.line}:${d.col}`}`)
    .digest('hex')
    .slice(0, 32);
}
