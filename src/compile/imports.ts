import type { TerraformStack } from './engine';
import { usesHostedPages } from '../model/endpoints';
import type { Model } from '../model/model';
import { address, KIND, ResourceKind, resourceAddress } from '../model/addresses';
import { literal } from './expressions';

/** One Terraform `import` block: the address to adopt into, and the AWS id to adopt. */
export interface ImportBlock {
  to: string;
  id: string;
}

/**
 * The Terraform `import` blocks (Terraform >= 1.5) for every entry marked
 * with an `importId`: the first plan then reads the existing resource into
 * state ("N to import") instead of creating a second one.
 * https://developer.hashicorp.com/terraform/language/import
 *
 * Ids are as the provider's import documentation gives them
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/<name>#import):
 * - aws_cognito_user_pool: the pool id (`us-east-1_AbC123`);
 * - aws_cognito_user_pool_domain: the domain (`auth.example.org` or the prefix);
 * - aws_cognito_resource_server: `<pool id>|<identifier>`;
 * - aws_cognito_identity_provider: `<pool id>:<provider name>`;
 * - aws_cognito_user_pool_client: `<pool id>/<client id>`;
 * - aws_cognito_managed_login_branding: `<pool id>,<branding id>` (the
 *   provider's ImportState splits the id on `,` into user_pool_id and
 *   managed_login_branding_id, internal/service/cognitoidp/managed_login_branding.go).
 * The `import-id` rule has checked their shape and that they agree with the file.
 */
export function importBlocks(model: Model): ImportBlock[] {
  const blocks: ImportBlock[] = [];
  const add = (kind: ResourceKind, name: string, id: string | undefined) => {
    if (id !== undefined) blocks.push({ to: resourceAddress(kind, name), id: literal(id) });
  };
  for (const pool of model.pools) {
    add(KIND.userPool, address.pool(pool), pool.importId);
    if (pool.domain) add(KIND.domain, address.domain(pool), pool.domain.importId);
    for (const server of pool.resourceServers)
      add(KIND.resourceServer, address.resourceServer(pool, server), server.importId);
    for (const provider of pool.providers)
      add(KIND.identityProvider, address.provider(pool, provider), provider.importId);
    for (const client of pool.clients) {
      add(KIND.client, address.client(pool, client), client.importId);
      if (client.brandingImportId === undefined) continue;
      if (pool.domain?.managedLoginVersion !== 2 || !usesHostedPages(client)) {
        throw new Error(
          `client ${client.id} adopts a managed login style, but cogfed creates none for it; validation should have rejected brandingImportId`,
        );
      }
      add(KIND.branding, address.branding(pool, client), client.brandingImportId);
    }
  }
  return blocks.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/**
 * Written as a stack-level override rather than with cdktf's
 * `resource.importFrom(id)`: that method renders the same block but also adds
 * a validation that runs `terraform version` during synth, and cogfed's synth
 * must not need Terraform installed. A file without marks gets no `import`
 * key, so its output is unchanged.
 */
export function addImports(stack: TerraformStack, model: Model): void {
  const blocks = importBlocks(model);
  if (blocks.length > 0) stack.addOverride('import', blocks);
}
