import { defineHazard, HazardFinding } from './hazard';
import { protectionNote } from './context';

export const poolDestroyed = defineHazard({
  code: 'pool-destroyed',
  severity: 'blocking',
  description: 'A user pool is removed, or its stack is: every user in it is deleted.',
  detect({ pair, base, head, removedPools }) {
    const out: HazardFinding[] = [];
    if (!head) {
      const cause = pair.renamedTo
        ? `the stack is renamed to ${pair.renamedTo}, which starts from a new, empty state`
        : `stack ${pair.stack} is no longer in the configuration`;
      for (const pool of base.model.pools) {
        out.push({
          subject: pool.id,
          path: [],
          target: 'key',
          message: `user pool ${pool.id} (${pool.name}) is destroyed when stack ${pair.stack} is: ${cause}; every user in pool ${pool.id} is deleted${protectionNote(pool)}`,
          hint: 'keep the stack (restore the file), or accept with --accept pool-destroyed once the users are migrated',
        });
      }
      return out;
    }
    for (const pool of removedPools) {
      out.push({
        subject: pool.id,
        path: ['userPools'],
        target: 'key',
        message: `user pool ${pool.id} (${pool.name}) is removed from stack ${pair.stack}: Terraform destroys it, and every user in pool ${pool.id} is deleted${protectionNote(pool)}`,
        hint: 'restore the pool, or accept with --accept pool-destroyed once its users are migrated',
      });
    }
    return out;
  },
});
