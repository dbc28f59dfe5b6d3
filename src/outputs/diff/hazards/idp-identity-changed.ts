import { address, KIND } from '../../../model/addresses';
import { providerType } from '../../../model/providers';
import { changeOf, describeChange, inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A provider that keeps its name (so Cognito updates it in place, and every
 * link `<name>_<subject>` stays) but now points at another IdP application,
 * as its type's module judges it (`sameIdentity`: for OIDC the issuer and the
 * client id). A linked user keeps the account only if the new IdP sends the
 * same subject; another issuer, or a client with pairwise subjects, sends
 * another one, and the next sign-in creates a new user.
 * A warning, not blocking: the same directory under a new issuer (a custom
 * domain in front of the same tenant) keeps its subjects, and only the
 * operator knows which it is.
 * Only in a surviving pool: a replaced pool has no users left to link.
 */
export const idpIdentityChanged = defineHazard({
  code: 'idp-identity-changed',
  severity: 'warning',
  description:
    'An identity provider keeps its name but points at another IdP application (another issuer or client id): linked users meet different `sub` values and may get new accounts.',
  detect(context) {
    const out: HazardFinding[] = [];
    for (const { before, after: pool } of context.survivingPools) {
      for (const now of pool.providers) {
        const old = before.providers.find((p) => p.name === now.name);
        // Another type replaces the provider: idp-replaced says so.
        if (!old || old.type !== now.type || providerType(old).sameIdentity(old, now)) continue;
        const change = changeOf(context, KIND.identityProvider, address.provider(pool, now));
        if (change?.action !== 'update') continue;
        const details = change.attributes.filter((a) => a.path.startsWith('provider_details'));
        out.push({
          subject: `${pool.id}/${now.name}`,
          path: inPool(pool, 'identityProviders', now.name),
          target: 'key',
          message: `identity provider ${now.name} in pool ${pool.id} keeps its name but points at another IdP application (${details.map(describeChange).join('; ')}): Cognito updates it in place and users stay linked as ${now.name}_<subject>, but a different IdP application can send each user a different sub; those users no longer match their link, and their next sign-in creates a new user with a new sub`,
          hint: `if it is the same directory under a new address, check that each user's sub stays the same; otherwise add the new IdP under a new name beside ${now.name} and move users over (AdminLinkProviderForUser) before removing ${now.name}`,
        });
      }
    }
    return out;
  },
});
