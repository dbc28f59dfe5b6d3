import type { DomainHost, Pool } from './model';

/**
 * The domain whose host the hosted endpoints (redirect URIs, SAML values,
 * sign-in URLs) are spelled with: the pool's own managed domain, or, for a
 * pool this stack does not manage (`existingPool`), the owner's domain as
 * the file names it (`existingDomain`). Undefined when neither is known.
 */
export function endpointDomain(pool: Pool): DomainHost | undefined {
  if (pool.domain) return pool.domain;
  return pool.existing?.domainHost !== undefined ? { host: pool.existing.domainHost } : undefined;
}

/** Whether this stack creates and owns the pool (false for `existingPool`). */
export function isManaged(pool: Pool): boolean {
  return pool.existing === undefined;
}
