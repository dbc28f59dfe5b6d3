import { address, KIND } from '../../../model/addresses';
import { changeOf, inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const resourceServerReplaced = defineHazard({
  code: 'resource-server-replaced',
  severity: 'warning',
  description:
    "A resource server's identifier changes: its scopes get new names, and APIs checking the old ones reject new tokens.",
  detect(context) {
    const out: HazardFinding[] = [];
    for (const { before, after } of context.survivingPools) {
      for (const rs of after.resourceServers) {
        const old = before.resourceServers.find((r) => r.id === rs.id);
        if (!old || old.identifier === rs.identifier) continue;
        if (
          changeOf(context, KIND.resourceServer, address.resourceServer(after, rs))?.action !==
          'replace'
        )
          continue;
        out.push({
          subject: `${after.id}/${rs.id}`,
          path: inPool(after, 'resourceServers', rs.id, 'identifier'),
          message: `resource server ${rs.id} in pool ${after.id} is replaced (identifier ${old.identifier} → ${rs.identifier}): its scopes get new names (${old.identifier}/<scope> → ${rs.identifier}/<scope>), so APIs that check the old names reject new tokens`,
          hint: 'update every API that checks these scopes, or keep the identifier',
        });
      }
    }
    return out;
  },
});
