import { address, KIND } from '../../../model/addresses';
import { changeOf, describeChange, forcing, inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const clientReplaced = defineHazard({
  code: 'client-replaced',
  severity: 'warning',
  description:
    'An app client is replaced: it gets a new client id, and every app using the old one breaks until updated.',
  detect(context) {
    const out: HazardFinding[] = [];
    for (const { before, after } of context.survivingPools) {
      for (const client of after.clients) {
        if (!before.clients.some((c) => c.id === client.id)) continue;
        const change = changeOf(context, KIND.client, address.client(after, client));
        if (change?.action !== 'replace') continue;
        const forced = forcing(change);
        const bySecret = forced.some((c) => c.path === 'generate_secret');
        out.push({
          subject: `${after.id}/${client.id}`,
          path: bySecret
            ? inPool(after, 'clients', client.id, 'generateSecret')
            : inPool(after, 'clients', client.id),
          target: bySecret ? 'value' : 'key',
          message: `app client ${client.id} (${client.name}) in pool ${after.id} is replaced (${forced.map(describeChange).join('; ')}): it gets a new client id, so every app configured with the old one breaks until it is updated`,
          hint: 'revert the change, or update every app with the new client id (stack output) when this is applied',
        });
      }
    }
    return out;
  },
});
