import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const clientRemoved = defineHazard({
  code: 'client-removed',
  severity: 'warning',
  description: 'An app client is removed: apps using its client id stop working.',
  // Also in a replaced pool: the other clients come back with new ids, this one does not come back.
  detect({ pairedPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of pairedPools) {
      for (const client of before.clients) {
        if (after.clients.some((c) => c.id === client.id)) continue;
        out.push({
          subject: `${after.id}/${client.id}`,
          path: inPool(after, 'clients'),
          target: 'key',
          message: `app client ${client.id} (${client.name}) is removed from pool ${after.id}: apps using its client id stop working`,
          hint: 'restore the client if an app still uses it',
        });
      }
    }
    return out;
  },
});
