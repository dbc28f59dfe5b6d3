// The compile stage's naming (no CDKTF in that module): every address here is one synth writes.
import { address } from '../../model/addresses';
import type { NodePath } from '../../load/diagnostic';
import type { Client, Model, OidcProvider, Pool, ResourceServer } from '../../model/model';

/**
 * The inverse of `src/model/addresses.ts`: for each Terraform address a
 * stack's YAML produces, the YAML node that produces it. Built forward from
 * the model (compute each object's address with the compiler's own
 * functions), never by parsing addresses, so it stays right whatever the
 * naming does (ids joined with `__`, provider names sanitized and hashed).
 * Depends on the model only, so it can move to the model stage.
 */
export type YamlObjectKind =
  'pool' | 'domain' | 'resource-server' | 'identity-provider' | 'client' | 'branding' | 'secret';

export interface YamlObject {
  /** Terraform address: `aws_cognito_user_pool_client.customers__web`, `data.aws_ssm_parameter.customers__Okta__client_secret`. */
  address: string;
  kind: YamlObjectKind;
  pool: Pool;
  client?: Client;
  provider?: OidcProvider;
  server?: ResourceServer;
  /** The YAML node (mapping keys from the document root). */
  path: NodePath;
  /** Stable identity for hazards and fingerprints: `customers`, `customers/web`, `customers/Okta`. */
  subject: string;
  /** For people: `app client web (shop-web) in pool customers`. */
  label: string;
}

/** Resource types cogfed writes, by kind. */
export const RESOURCE_TYPES = {
  pool: 'aws_cognito_user_pool',
  domain: 'aws_cognito_user_pool_domain',
  'resource-server': 'aws_cognito_resource_server',
  'identity-provider': 'aws_cognito_identity_provider',
  client: 'aws_cognito_user_pool_client',
  branding: 'aws_cognito_managed_login_branding',
} as const;

/** Data sources that read secrets (src/compile/secrets.ts). */
const SECRET_SOURCES = {
  ssm: 'aws_ssm_parameter',
  secretsManager: 'aws_secretsmanager_secret_version',
} as const;

export function yamlObjects(model: Model): Map<string, YamlObject> {
  const objects = new Map<string, YamlObject>();
  const add = (object: YamlObject) => objects.set(object.address, object);
  for (const pool of model.pools) {
    const at = (...path: Array<string | number>): NodePath => ['userPools', pool.id, ...path];
    add({
      address: `${RESOURCE_TYPES.pool}.${address.pool(pool)}`,
      kind: 'pool',
      pool,
      path: at(),
      subject: pool.id,
      label: `user pool ${pool.id} (${pool.name})`,
    });
    if (pool.domain) {
      add({
        address: `${RESOURCE_TYPES.domain}.${address.domain(pool)}`,
        kind: 'domain',
        pool,
        path: at('domain'),
        subject: pool.id,
        label: `domain ${pool.domain.host} of pool ${pool.id}`,
      });
    }
    for (const server of pool.resourceServers) {
      add({
        address: `${RESOURCE_TYPES['resource-server']}.${address.resourceServer(pool, server)}`,
        kind: 'resource-server',
        pool,
        server,
        path: at('resourceServers', server.id),
        subject: `${pool.id}/${server.id}`,
        label: `resource server ${server.id} (${server.identifier}) in pool ${pool.id}`,
      });
    }
    for (const provider of pool.providers) {
      const path = at('identityProviders', provider.name);
      add({
        address: `${RESOURCE_TYPES['identity-provider']}.${address.provider(pool, provider)}`,
        kind: 'identity-provider',
        pool,
        provider,
        path,
        subject: `${pool.id}/${provider.name}`,
        label: `identity provider ${provider.name} in pool ${pool.id}`,
      });
      const ref = provider.clientSecret;
      const source =
        'ssm' in ref
          ? SECRET_SOURCES.ssm
          : 'secretsManager' in ref
            ? SECRET_SOURCES.secretsManager
            : undefined;
      if (source) {
        add({
          address: `data.${source}.${address.providerDetail(pool, provider, 'client_secret')}`,
          kind: 'secret',
          pool,
          provider,
          path: [...path, 'clientSecret'],
          subject: `${pool.id}/${provider.name}/clientSecret`,
          label: `the client secret of identity provider ${provider.name} in pool ${pool.id}`,
        });
      }
    }
    for (const client of pool.clients) {
      const path = at('clients', client.id);
      add({
        address: `${RESOURCE_TYPES.client}.${address.client(pool, client)}`,
        kind: 'client',
        pool,
        client,
        path,
        subject: `${pool.id}/${client.id}`,
        label: `app client ${client.id} (${client.name}) in pool ${pool.id}`,
      });
      // The compiler's condition (src/compile/stack.ts, branding.ts usesHostedPages): managed login, and a client that shows the hosted pages.
      if (
        pool.domain?.managedLoginVersion === 2 &&
        (client.oauthFlows.includes('code') || client.oauthFlows.includes('implicit'))
      ) {
        add({
          address: `${RESOURCE_TYPES.branding}.${address.branding(pool, client)}`,
          kind: 'branding',
          pool,
          client,
          path: [...at('domain', 'managedLoginVersion')],
          subject: `${pool.id}/${client.id}/branding`,
          label: `the managed login branding of app client ${client.id} in pool ${pool.id}`,
        });
      }
    }
  }
  return objects;
}
