import { address, KIND, resourceAddress } from '../../../model/addresses';
import { inPool, resourceServerRenames } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A resource server's key names its Terraform address, and its identifier
 * its AWS id: the provider sets the id to `<user pool id>|<identifier>` on
 * create and deletes by pool id and identifier
 * (https://github.com/hashicorp/terraform-provider-aws/blob/088e0878080a74fcf1e35d901992372e4c041214/internal/service/cognitoidp/resource_server.go,
 * resourceResourceServerCreate / resourceResourceServerDelete), and the
 * identifier is unique in a pool (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html).
 * A new key with the same identifier is therefore a create and a destroy of
 * one AWS object under two addresses, the race Terraform's maintainers
 * describe in https://github.com/hashicorp/terraform/issues/10792: the create
 * meets a server that still exists, or the destroy deletes the server the
 * new address has just taken. Blocking: the apply fails, or it deletes what
 * it reports as created, and the scopes leave every token.
 * Only in a surviving pool: a replaced pool's servers are created on the new
 * pool, under another AWS id.
 */
export const resourceServerRenamed = defineHazard({
  code: 'resource-server-renamed',
  severity: 'blocking',
  description:
    "A resource server's key is renamed with its identifier kept: Terraform creates and destroys the same AWS resource server under two addresses, so the apply fails, or the destroy deletes the new one and its scopes leave every token.",
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after: pool } of survivingPools) {
      for (const [old, rs] of resourceServerRenames(before, pool)) {
        const scopes = rs.scopes.map((s) => `${rs.identifier}/${s.name}`);
        out.push({
          subject: `${pool.id}/${old.id}`,
          path: inPool(pool, 'resourceServers', rs.id),
          target: 'key',
          message:
            `resource server key renamed from ${old.id} to ${rs.id} in pool ${pool.id}, with the same identifier ${rs.identifier}: the key names the Terraform address, so Terraform creates ${resourceAddress(KIND.resourceServer, address.resourceServer(pool, rs))} and destroys ${resourceAddress(KIND.resourceServer, address.resourceServer(pool, old))}, ` +
            `which are one AWS resource server (id <user pool id>|${rs.identifier}): either the create fails on the identifier that still exists, or the destroy deletes the server the new address has just taken${scopes.length ? `, and its scopes (${scopes.join(', ')}) leave every token until another apply creates it again` : ''}`,
          hint: `keep the key ${old.id} (it names only the Terraform address; \`name\` is the display name, and updates in place), or rename in two applies (remove the server and apply, then add it under the new key and apply; its scopes are missing in between), or accept with --accept resource-server-renamed`,
        });
      }
    }
    return out;
  },
});
