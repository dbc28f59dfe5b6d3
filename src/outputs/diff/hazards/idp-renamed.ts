import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const idpRenamed = defineHazard({
  code: 'idp-renamed',
  severity: 'blocking',
  description:
    'An identity provider is renamed (removed and added as the same IdP application): users linked to it lose their link and get new accounts.',
  detect({ survivingPools, providerRenames }) {
    const out: HazardFinding[] = [];
    for (const { after } of survivingPools) {
      for (const [old, renamed] of providerRenames.get(after.id) ?? []) {
        out.push({
          subject: `${after.id}/${old.name}`,
          path: inPool(after, 'identityProviders', renamed.name),
          target: 'key',
          message: `identity provider ${old.name} in pool ${after.id} is renamed to ${renamed.name}: Cognito deletes ${old.name} and creates ${renamed.name}; users who signed in through ${old.name} (stored as ${old.name}_<subject>) lose their link, and their next sign-in creates a new user with a new sub`,
          hint: `keep the name ${old.name}, or accept with --accept idp-renamed`,
        });
      }
    }
    return out;
  },
});
