// The compile stage's naming (no CDKTF in that module): every address here is one synth writes.
import { address, DATA_KIND, dataAddress, KIND } from '../../model/addresses';
import { readsSigningCertificate } from '../../model/providers/saml';
import { endpointDomain } from '../../model/existing';
import type { NodePath } from '../../load/diagnostic';
import type { Client, IdentityProvider, Model, Pool, ResourceServer } from '../../model/model';
import { providerType } from '../../model/providers';

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
  provider?: IdentityProvider;
  server?: ResourceServer;
  /** The YAML node (mapping keys from the document root). */
  path: NodePath;
  /** Stable identity for hazards and fingerprints: `customers`, `customers/web`, `customers/Okta`. */
  subject: string;
  /** For people: `app client web (shop-web) in pool customers`. */
  label: string;
}

/** Resource types cogfed writes, by the kinds this map uses (the one table is KIND in src/model/addresses.ts). */
export const RESOURCE_TYPES = {
  pool: KIND.userPool,
  domain: KIND.domain,
  'resource-server': KIND.resourceServer,
  'identity-provider': KIND.identityProvider,
  client: KIND.client,
  branding: KIND.branding,
} as const;

/** Data sources that read secrets (src/compile/secrets.ts). */
const SECRET_SOURCES = {
  ssm: DATA_KIND.ssmParameter,
  secretsManager: DATA_KIND.secretVersion,
} as const;

export function yamlObjects(model: Model): Map<string, YamlObject> {
  const objects = new Map<string, YamlObject>();
  const add = (object: YamlObject) => objects.set(object.address, object);
  for (const pool of model.pools) {
    const at = (...path: Array<string | number>): NodePath => ['userPools', pool.id, ...path];
    if (pool.existing) {
      // A pool the stack does not manage is a data source (src/compile/existing-pool.ts): read, never planned as a change.
      add({
        address: dataAddress(DATA_KIND.userPool, address.pool(pool)),
        kind: 'pool',
        pool,
        path: at('existingPool'),
        subject: pool.id,
        label: `existing user pool ${pool.id} (${pool.existing.id}), not managed by this stack`,
      });
    } else {
      add({
        address: `${RESOURCE_TYPES.pool}.${address.pool(pool)}`,
        kind: 'pool',
        pool,
        path: at(),
        subject: pool.id,
        label: `user pool ${pool.id} (${pool.name})`,
      });
    }
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
    if (endpointDomain(pool)) {
      // Read for the SAML IdPs that verify what the pool signs (src/compile/saml-outputs.ts).
      if (readsSigningCertificate(pool)) {
        add({
          address: dataAddress(DATA_KIND.signingCertificate, address.pool(pool)),
          kind: 'pool',
          pool,
          path: at(),
          subject: pool.id,
          label: `the SAML signing certificate of pool ${pool.id}`,
        });
      }
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
    // A pending provider is modelled (review prints its sheet) but not compiled: it has no address.
    for (const provider of pool.providers.filter((p) => !p.pending)) {
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
      for (const detail of Object.values(providerType(provider).terraform(provider).details)) {
        if (!('secret' in detail)) continue;
        const ref = detail.secret;
        const source =
          'ssm' in ref
            ? SECRET_SOURCES.ssm
            : 'secretsManager' in ref
              ? SECRET_SOURCES.secretsManager
              : undefined;
        if (!source) continue;
        // The YAML key of the detail: `client_secret` is `clientSecret`, `private_key` is `privateKey`.
        const key = detail.id.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
        add({
          address: `data.${source}.${address.providerDetail(pool, provider, detail.id)}`,
          kind: 'secret',
          pool,
          provider,
          path: [...path, key],
          subject: `${pool.id}/${provider.name}/${key}`,
          label: `the ${detail.id.replace('_', ' ')} of identity provider ${provider.name} in pool ${pool.id}`,
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
