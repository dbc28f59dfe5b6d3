import type { IdentityProviderConfig, SecretRef } from '../../../validate/config';
import type { Fields } from '../fields';
import type { Effect } from '../notes';

/** What a provider-type module gets: where to report, and how to name a secret. */
export interface ProviderContext {
  /** The provider name (the YAML key). */
  name: string;
  /** `attribute` is relative to the IdentityProvider object: `ProviderDetails.client_secret`. */
  note(attribute: string, live: unknown, effect: Effect, why: string): void;
  /**
   * The reference the file writes for one secret of this provider (`field`
   * names it in the report, e.g. `client_secret`). The secret's value is
   * never passed here, nor read by the module beyond "is it there".
   */
  secret(field: string): SecretRef;
}

/**
 * One identity-provider type: how a DescribeIdentityProvider response of
 * that type becomes the YAML. Adding a type is one module like `oidc.ts` and
 * one line in `index.ts`.
 */
export interface ProviderMapping {
  /** IdentityProviderType.ProviderType: `OIDC`, `SAML`, `Google`, ... */
  providerType: string;
  /**
   * The YAML for the provider, without `importId` (the caller adds it).
   * `details` is `ProviderDetails`, `mapping` is `AttributeMapping`: read
   * every key that matters through them, so the caller reports the rest.
   * The caller handles ProviderName, ProviderType, IdpIdentifiers and metadata.
   */
  map(
    details: Fields,
    mapping: Fields,
    context: ProviderContext,
  ): Omit<IdentityProviderConfig, 'importId' | 'identifiers'>;
}
