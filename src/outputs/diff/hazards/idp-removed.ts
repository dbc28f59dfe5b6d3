import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const idpRemoved = defineHazard({
  code: 'idp-removed',
  severity: 'blocking',
  description:
    'An identity provider is removed: users linked to it lose their link, and its email domains stop routing.',
  detect({ survivingPools, providerRenames }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      const renamed = providerRenames.get(after.id);
      for (const old of before.providers) {
        if (after.providers.some((p) => p.name === old.name) || renamed?.has(old)) continue;
        const domains = old.identifiers.length
          ? `, and the email domains ${old.identifiers.join(', ')} stop routing to it`
          : '';
        out.push({
          subject: `${after.id}/${old.name}`,
          path: inPool(after, 'identityProviders'),
          target: 'key',
          message: `identity provider ${old.name} is removed from pool ${after.id}: users linked to it lose their link and can no longer sign in through it${domains}`,
          hint: 'restore the provider, or accept with --accept idp-removed',
        });
      }
    }
    return out;
  },
});
