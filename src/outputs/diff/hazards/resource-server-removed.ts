import { inPool, resourceServerRenames } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A resource server removed (its identifier gone from the pool): Cognito
 * deletes it and its custom scopes, no client can be granted them, and
 * access tokens carry them no more (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-define-resource-servers.html).
 * A warning: an API that checks them rejects the new tokens, which the
 * server restored repairs. Also in a replaced pool: the new pool never gets it.
 */
export const resourceServerRemoved = defineHazard({
  code: 'resource-server-removed',
  severity: 'warning',
  description:
    'A resource server is removed: its scopes leave every token, and APIs that check them reject new tokens.',
  detect({ pairedPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after: pool } of pairedPools) {
      const renamed = resourceServerRenames(before, pool);
      for (const old of before.resourceServers) {
        if (pool.resourceServers.some((rs) => rs.id === old.id) || renamed.has(old)) continue;
        const scopes = old.scopes.map((s) => `${old.identifier}/${s.name}`);
        // A server without scopes is in no token: nothing to say.
        if (scopes.length === 0) continue;
        out.push({
          subject: `${pool.id}/${old.id}`,
          path: inPool(pool, 'resourceServers'),
          target: 'key',
          message: `resource server ${old.id} (${old.identifier}) is removed from pool ${pool.id}: its scopes (${scopes.join(', ')}) leave every token, so APIs that check them reject new tokens`,
          hint: 'restore the resource server if an API still checks its scopes',
        });
      }
    }
    return out;
  },
});
