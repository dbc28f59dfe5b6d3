import { oidc } from './oidc';
import type { ProviderMapping } from './types';

export type { ProviderContext, ProviderMapping } from './types';

/** The identity-provider types cogfed can import, by AWS ProviderType. One line per type. */
export const PROVIDER_MAPPINGS: ReadonlyMap<string, ProviderMapping> = new Map(
  [oidc].map((m) => [m.providerType, m]),
);
