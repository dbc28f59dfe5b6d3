import type { Pool } from '../../../model/model';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A pool attached by id (`existingPool`) leaves the file, or its stack does.
 * The pool is only read, so it stays with its users (pool-destroyed does not
 * apply); what the stack added to it is destroyed.
 */
export const existingPoolDetached = defineHazard({
  code: 'existing-pool-detached',
  severity: 'blocking',
  description:
    'A pool attached by id (`existingPool`) is removed, or its stack is: the pool and its users stay, but the identity providers, clients and resource servers the stack added to it are deleted.',
  detect({ pair, base, head, removedPools }) {
    const out: HazardFinding[] = [];
    const gone = head ? removedPools : base.model.pools;
    for (const pool of gone.filter((p) => p.existing && hasMembers(p))) {
      out.push({
        subject: pool.id,
        path: head ? ['userPools'] : [],
        target: 'key',
        message: `${head ? `pool ${pool.id} is removed from stack ${pair.stack}` : `stack ${pair.stack} is removed`}: the existing pool ${pool.existing!.id} stays with its users, but ${added(pool)} are deleted from it`,
        hint: 'restore the entry, or accept with --accept existing-pool-detached once nobody signs in through them',
      });
    }
    return out;
  },
});

function hasMembers(pool: Pool): boolean {
  return pool.providers.length + pool.clients.length + pool.resourceServers.length > 0;
}

function added(pool: Pool): string {
  return [
    pool.providers.length
      ? `the identity providers this stack added (${pool.providers.map((p) => p.name).join(', ')}: linked users lose their link)`
      : '',
    pool.clients.length
      ? `its app clients (${pool.clients.map((c) => c.id).join(', ')}: apps using their client ids stop working)`
      : '',
    pool.resourceServers.length
      ? `its resource servers (${pool.resourceServers.map((r) => r.id).join(', ')})`
      : '',
  ]
    .filter(Boolean)
    .join(', and ');
}
