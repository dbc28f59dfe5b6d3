import type { Pool } from '../../../model/model';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * The pool under this stack's providers and clients changes: a pool attached
 * by id (`existingPool`) becomes one the stack creates without adopting it
 * (no `importId` naming it), or the stack attaches to another pool. The
 * providers and clients are created in the other pool and destroyed in the
 * old one (user_pool_id forces replacement of both: replacement.ts).
 */
export const existingPoolReplaced = defineHazard({
  code: 'existing-pool-replaced',
  severity: 'blocking',
  description:
    "The pool under a stack's identity providers and clients changes (a pool attached by id becomes a new one the stack creates, or `existingPool` names another pool): they are recreated in the other pool, so linked users lose their link and apps get new client ids.",
  detect({ switchedPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of switchedPools) {
      if (!before.existing) continue;
      const old = before.existing.id;
      if (!after.existing) {
        // Adopting the same pool (importId) takes it over: the same pool, the same providers and clients.
        if (after.importId === old) continue;
        out.push({
          subject: after.id,
          path: inPool(after),
          target: 'key',
          message: `user pool ${after.id} was attached by id (existingPool: ${old}) and is now created by this stack without adopting it: Terraform creates a second, empty pool, and ${members(before)} are destroyed in ${old} and created in the new pool`,
          hint: `to take pool ${old} over instead, add \`importId: ${old}\` with its settings as they are (\`cogfed import --pool-id ${old}\` writes them); or keep \`existingPool: ${old}\`; or accept with --accept existing-pool-replaced`,
        });
        continue;
      }
      out.push({
        subject: after.id,
        path: inPool(after, 'existingPool'),
        message: `user pool ${after.id} is attached to another pool (existingPool ${old} → ${after.existing.id}): ${members(before)} are destroyed in ${old} and created in ${after.existing.id}`,
        hint: `keep \`existingPool: ${old}\`, or accept with --accept existing-pool-replaced once the apps and IdPs are ready for the new pool`,
      });
    }
    return out;
  },
});

/** What moves, and what that costs. */
function members(pool: Pool): string {
  const parts = [
    pool.providers.length
      ? `its identity providers (${pool.providers.map((p) => p.name).join(', ')}), whose linked users lose their link and get new accounts`
      : '',
    pool.clients.length
      ? `its app clients (${pool.clients.map((c) => c.id).join(', ')}), which get new client ids`
      : '',
    pool.resourceServers.length
      ? `its resource servers (${pool.resourceServers.map((r) => r.id).join(', ')})`
      : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', and ') : 'the resources this stack adds to it';
}
