import type { TerraformStack } from './engine';
import { usesHostedPages } from '../model/endpoints';
import type { Client, Model, Pool } from '../model/model';
import { address, KIND, ResourceKind, resourceAddress } from '../model/addresses';

/** One Terraform `moved` block: the address state had, and the one it has now. */
export interface MovedBlock {
  from: string;
  to: string;
}

/**
 * The Terraform `moved` blocks (Terraform >= 1.1) for every key renamed with
 * `renamedFrom`: the plan then moves state from the old address to the new
 * one instead of destroying and creating (for a pool, deleting every user).
 * https://developer.hashicorp.com/terraform/language/moved
 *
 * A pool's rename moves everything addressed under its id: the pool, its
 * domain, resource servers, providers, clients and managed-login styles.
 * Data sources (secrets) are read again and need no block. Providers are not
 * renamed (the `renamed-from` rule): their key is their Cognito name.
 */
export function movedBlocks(model: Model): MovedBlock[] {
  const blocks: MovedBlock[] = [];
  const add = (kind: ResourceKind, from: string, to: string) => {
    if (from !== to)
      blocks.push({ from: resourceAddress(kind, from), to: resourceAddress(kind, to) });
  };
  for (const pool of model.pools) {
    const old: Pool = pool.renamedFrom ? { ...pool, id: pool.renamedFrom } : pool;
    add(KIND.userPool, address.pool(old), address.pool(pool));
    if (pool.domain) add(KIND.domain, address.domain(old), address.domain(pool));
    for (const server of pool.resourceServers) {
      add(
        KIND.resourceServer,
        address.resourceServer(
          old,
          server.renamedFrom ? { ...server, id: server.renamedFrom } : server,
        ),
        address.resourceServer(pool, server),
      );
    }
    for (const provider of pool.providers)
      add(KIND.identityProvider, address.provider(old, provider), address.provider(pool, provider));
    for (const client of pool.clients) {
      const oldClient: Client = client.renamedFrom ? { ...client, id: client.renamedFrom } : client;
      add(KIND.client, address.client(old, oldClient), address.client(pool, client));
      if (pool.domain?.managedLoginVersion === 2 && usesHostedPages(client))
        add(KIND.branding, address.branding(old, oldClient), address.branding(pool, client));
    }
  }
  return blocks.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/**
 * Written as a stack-level override, like the import blocks (imports.ts): a
 * file without `renamedFrom` gets no `moved` key, so its output is unchanged.
 */
export function addMoved(stack: TerraformStack, model: Model): void {
  const blocks = movedBlocks(model);
  if (blocks.length > 0) stack.addOverride('moved', blocks);
}
