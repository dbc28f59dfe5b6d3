import type { IdentityProvider, Pool } from '../../model/model';
import { providerType } from '../../model/providers';
import type { RegistrationContext } from '../../model/providers/types';
import { clientsUsing, EMAIL } from '../review/endpoints';

export interface IdBoundRegistration {
  provider: IdentityProvider;
  /** The registration items (their labels, shortened) whose values carry the pool id or a client id. */
  items: string[];
}

/**
 * What each identity provider of a pool registered that carries the pool id
 * or a client id: the values to register again when the pool is created
 * anew (its id and every client id change). Each provider type's module
 * says what is registered (`registration`); it is asked twice, with two sets
 * of ids, and the items that differ are those that depend on them: for OIDC,
 * the sign-out URLs (`client_id=`) and a custom login page's authorize URLs;
 * for a SAML provider, its SP entity id (`urn:amazon:cognito:sp:<pool id>`).
 * The redirect URI depends only on the domain, so it is not among them.
 */
export function idBoundRegistrations(pool: Pool): IdBoundRegistration[] {
  const domain = pool.domain;
  if (!domain) return [];
  const out: IdBoundRegistration[] = [];
  for (const provider of pool.providers) {
    const clients = clientsUsing(pool, provider.name);
    const sheet = (ids: string) =>
      providerType(provider).registration(provider, {
        pool,
        domain,
        clients,
        clientId: (client) => `{${ids}:client:${client.id}}`,
        loginHint: EMAIL,
        // Read by the types whose registration names the pool id (SAML's SP entity id); the others ignore it.
        userPoolId: `{${ids}:pool}`,
      } as RegistrationContext);
    const before = sheet('old');
    const after = sheet('new');
    const items = before
      .filter((item, i) => JSON.stringify(item) !== JSON.stringify(after[i]))
      .map((item) => item.label.replace(/ \(.*$/, ''));
    if (items.length > 0) out.push({ provider, items });
  }
  return out;
}
