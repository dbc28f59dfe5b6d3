import { providerType } from '../../../model/providers';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * `provider_type` forces a new aws_cognito_identity_provider (ForceNew in
 * internal/service/cognitoidp/identity_provider.go, docs/provider-evidence.md §2;
 * the replacement table in ../replacement.ts): Cognito deletes the provider
 * and creates another under the same name, and the users linked to the old
 * one (`<name>_<subject>`) lose their link. Reported here rather than as
 * idp-replaced, because what the reviewer must see is the type change.
 */
export const idpTypeChanged = defineHazard({
  code: 'idp-type-changed',
  severity: 'blocking',
  description:
    "An identity provider's type changes (e.g. OIDC to SAML): the provider is replaced, and users linked to it lose their link and get new accounts.",
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      for (const now of after.providers) {
        const old = before.providers.find((p) => p.name === now.name);
        // A pending provider has no resource: nothing is replaced on either side.
        if (!old || old.type === now.type || old.pending || now.pending) continue;
        out.push({
          subject: `${after.id}/${now.name}`,
          path: inPool(after, 'identityProviders', now.name, 'type'),
          message: `identity provider ${now.name} in pool ${after.id} changes type from ${providerType(old).label} to ${providerType(now).label}: the provider type cannot change in place, so Cognito deletes ${now.name} and creates it again; users who signed in through it (stored as ${now.name}_<subject>) lose their link, and their next sign-in creates a new user with a new sub`,
          hint: `keep the type and add the ${providerType(now).label} provider under another name (then move the identifiers and clients over), or accept with --accept idp-type-changed`,
        });
      }
    }
    return out;
  },
});
