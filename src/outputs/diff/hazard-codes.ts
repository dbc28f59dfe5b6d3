/** The hazard catalogue, for callers that need only the codes (the registry is hazards/index.ts). */
export { HAZARD_KINDS, hazardKind, isHazardCode } from './hazards';
export type { HazardCode, HazardKind, HazardSeverity } from './hazards';
