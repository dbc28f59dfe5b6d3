import { amazon } from './amazon';
import { apple } from './apple';
import { facebook } from './facebook';
import { google } from './google';
import { oidc } from './oidc';
import { saml } from './saml';
import type { ProviderMapping } from './types';

export type { ProviderContext, ProviderMapping } from './types';

/** The identity-provider types cogfed can import, by AWS ProviderType. One line per type. */
export const PROVIDER_MAPPINGS: ReadonlyMap<string, ProviderMapping> = new Map(
  [oidc, saml, google, facebook, apple, amazon].map((m) => [m.providerType, m]),
);
