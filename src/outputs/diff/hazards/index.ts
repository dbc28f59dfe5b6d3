import type { StackPair } from '../stack-pair';
import { backendChanged } from './backend-changed';
import { clientRemoved } from './client-removed';
import { clientReplaced } from './client-replaced';
import { hazardContext } from './context';
import { customAttributeChanged } from './custom-attribute-changed';
import { customAttributeRemoved } from './custom-attribute-removed';
import { domainChanged } from './domain-changed';
import { driftReverted } from './drift-reverted';
import type { HazardDefinition, HazardSeverity } from './hazard';
import { identifiersRemoved } from './identifiers-removed';
import { idpRemoved } from './idp-removed';
import { idpRenamed } from './idp-renamed';
import { idpReplaced } from './idp-replaced';
import { planMismatch } from './plan-mismatch';
import { poolDestroyPrevented } from './pool-destroy-prevented';
import { poolDestroyed } from './pool-destroyed';
import { poolReplaced } from './pool-replaced';
import type { Hazard } from './reported';
import { resourceServerReplaced } from './resource-server-replaced';
import { unknownResource } from './unknown-resource';

/**
 * Every hazard `cogfed diff` reports, one file a code (as the rules are):
 * its code (printed, used by `--accept`, the SARIF rule id), its severity,
 * a one-line description and its detection. Blocking hazards first.
 */
export const HAZARDS = [
  poolReplaced,
  poolDestroyed,
  idpRenamed,
  idpReplaced,
  idpRemoved,
  customAttributeChanged,
  customAttributeRemoved,
  poolDestroyPrevented,
  clientReplaced,
  clientRemoved,
  domainChanged,
  identifiersRemoved,
  resourceServerReplaced,
  backendChanged,
  // Seen only in a real plan (cogfed plan).
  driftReverted,
  unknownResource,
  planMismatch,
] as const;

export type HazardCode = (typeof HAZARDS)[number]['code'];

export interface HazardKind {
  code: HazardCode;
  severity: HazardSeverity;
  description: string;
}

/** The catalogue without the detectors: SARIF rules, the README table, `--accept`'s help. */
export const HAZARD_KINDS: readonly HazardKind[] = HAZARDS.map(
  ({ code, severity, description }) => ({ code, severity, description }),
);

export function hazardKind(code: HazardCode): HazardKind {
  return HAZARD_KINDS.find((k) => k.code === code)!;
}

export function isHazardCode(code: string): code is HazardCode {
  return HAZARD_KINDS.some((k) => k.code === code);
}

/** Every hazard of one stack. The caller sorts them by position. */
export function detectHazards(pair: StackPair): Hazard[] {
  const { base, head } = pair;
  if (!base) return [];
  const context = hazardContext({ ...pair, base });
  const file = head?.file ?? base.file;
  return HAZARDS.flatMap((hazard: HazardDefinition<HazardCode>) =>
    (hazard.detect?.(context) ?? []).map((finding): Hazard => ({
      ...finding,
      code: hazard.code,
      severity: hazard.severity,
      stack: pair.stack,
      file,
    })),
  );
}

export type { Hazard } from './reported';
export type { HazardSeverity } from './hazard';
