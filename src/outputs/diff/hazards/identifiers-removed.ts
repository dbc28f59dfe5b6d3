import type { IdentityProvider } from '../../../model/model';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const identifiersRemoved = defineHazard({
  code: 'identifiers-removed',
  severity: 'warning',
  description:
    'Identifiers (email domains) are removed from a provider: those domains stop routing to it.',
  detect({ survivingPools, providerRenames }) {
    const out: HazardFinding[] = [];
    for (const { before, after: pool } of survivingPools) {
      const renames = providerRenames.get(pool.id) ?? new Map<IdentityProvider, IdentityProvider>();
      // A provider kept under its name, or renamed: its identifiers are compared with the old ones.
      const pairs = [
        ...pool.providers.flatMap((p) =>
          before.providers.filter((o) => o.name === p.name).map((o) => [o, p] as const),
        ),
        ...[...renames.entries()],
      ];
      for (const [old, now] of pairs) {
        const lost = old.identifiers.filter((id) => !now.identifiers.includes(id));
        if (lost.length === 0) continue;
        const movedTo = lost
          .map((id) => ({
            id,
            to: pool.providers.find((p) => p.name !== now.name && p.identifiers.includes(id)),
          }))
          .filter((m) => m.to)
          .map((m) => `${m.id} now routes to ${m.to!.name}`);
        out.push({
          subject: `${pool.id}/${now.name}`,
          path: inPool(pool, 'identityProviders', now.name, 'identifiers'),
          target: 'key',
          message: `identifiers ${lost.join(', ')} are removed from identity provider ${now.name} in pool ${pool.id}: users with those email domains no longer route to ${now.name}${movedTo.length ? ` (${movedTo.join('; ')})` : ''}`,
          hint: 'restore the identifiers if those customers still sign in through this provider',
        });
      }
    }
    return out;
  },
});
