/**
 * The tag every resource cogfed creates carries (src/compile/provider.ts,
 * MANAGED_BY_TAG; repeated here because that module loads CDKTF).
 */
export const MANAGED_BY = { key: 'managed-by', value: 'cogfed' } as const;
