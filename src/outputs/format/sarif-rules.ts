import { CODE_CATALOG } from '../../validate/codes';
import { HAZARD_KINDS } from '../diff/hazard-codes';
import type { RuleDescriptor } from './sarif';

/** SARIF rules for the diagnostics of validate, synth, review and diff: every one is an error. */
export function diagnosticRules(): RuleDescriptor[] {
  return CODE_CATALOG().map((c) => ({
    id: c.id,
    description: c.description,
    fullDescription: `${c.description} Each finding names the YAML line, what was received and how to fix it; a file with an error is not compiled.`,
    level: 'error',
  }));
}

/** SARIF rules for the hazards of `cogfed diff`: blocking ones are errors until accepted. */
export function hazardRules(): RuleDescriptor[] {
  return HAZARD_KINDS.map((k) => ({
    id: k.code,
    description: k.description,
    fullDescription:
      k.severity === 'blocking'
        ? `${k.description} Blocking: \`cogfed diff\` exits 1 unless the change is accepted with \`--accept ${k.code}\` (then it is reported as a warning).`
        : `${k.description} A warning: \`cogfed diff\` reports it and exits 0.`,
    level: k.severity === 'blocking' ? 'error' : 'warning',
  }));
}
