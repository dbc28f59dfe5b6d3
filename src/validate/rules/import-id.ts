import type { UserPoolConfig } from '../config';
import { received } from '../finding';
import { defineRule, Path, pools, RuleFinding } from './rule';

/** UserPoolIdType: `[\w-]+_[0-9a-zA-Z]+`, 1-55 characters (API_UserPoolType, Id). */
const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const POOL_ID_MAX = 55;
/** ClientIdType: `[\w+]+`, 1-128 characters (API_UserPoolClientType, ClientId). */
const CLIENT_ID = /^[\w+]{1,128}$/;
/** ManagedLoginBrandingId: a UUID (API_ManagedLoginBrandingType). */
const BRANDING_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const importId = defineRule({
  code: 'import-id',
  description:
    'An `importId` names the existing resource as the provider imports it and agrees with the file: a pool id (`us-east-1_AbC123`); ' +
    "the domain's name; `<pool id>|<identifier>`; `<pool id>:<provider name>`; `<pool id>/<client id>`; `brandingImportId` `<pool id>,<branding id>` " +
    'on a client that gets a managed login style. Anything under a pool is adopted only with the pool.',
  source:
    'https://developer.hashicorp.com/terraform/language/import; ' +
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cognito_user_pool_client#import (and the same section of ' +
    'cognito_user_pool, cognito_user_pool_domain, cognito_resource_server, cognito_identity_provider, cognito_managed_login_branding); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html (Id pattern); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html (ClientId pattern)',
  part: 'pool',
  // Every mark is checked against the pool's own id and the names around it.
  reads: [
    'importId',
    'domain',
    'resourceServers',
    'identityProviders.*.importId',
    'identityProviders@keys',
    'clients',
    'file:stack',
  ],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) out.push(...checkPool(pool, path));
    return out;
  },
});

function checkPool(pool: UserPoolConfig, path: Path): RuleFinding[] {
  const out: RuleFinding[] = [];
  const finding = (at: Path, message: string, hint: string) =>
    out.push({ path: at, message, hint });
  const poolId = pool.importId;
  if (poolId !== undefined && (!POOL_ID.test(poolId) || poolId.length > POOL_ID_MAX)) {
    finding(
      [...path, 'importId'],
      `a user pool's importId is its id, \`<region>_<letters and digits>\`; received ${received(poolId)}`,
      'copy the id from the console or `aws cognito-idp list-user-pools`, e.g. `us-east-1_AbC123`',
    );
  }
  const validPool = poolId !== undefined && POOL_ID.test(poolId);

  /** A mark under the pool: needs the pool's, and must be exactly `expected` (when known). */
  const child = (
    at: Path,
    what: string,
    value: string | undefined,
    expected: (poolId: string) => string | undefined,
    shape: string,
  ) => {
    if (value === undefined) return;
    if (poolId === undefined) {
      finding(
        at,
        `${what} is adopted (importId ${received(value)}) but its user pool is not: cogfed would create a new pool, which cannot hold an existing ${what}`,
        "add the pool's `importId` (its id), or remove this one to create the resource anew",
      );
      return;
    }
    if (!validPool) return;
    const want = expected(poolId);
    if (want !== undefined && value !== want) {
      finding(
        at,
        `${what}'s importId is ${shape}; received ${received(value)}`,
        `write \`importId: ${want}\``,
      );
    }
  };

  const domain = pool.domain;
  if (domain) {
    const name = domain.custom?.name ?? domain.prefix;
    child(
      [...path, 'domain', 'importId'],
      'the domain',
      domain.importId,
      () => name,
      "the domain's name (its prefix or custom name)",
    );
  }
  for (const [id, server] of Object.entries(pool.resourceServers ?? {})) {
    child(
      [...path, 'resourceServers', id, 'importId'],
      `the resource server ${id}`,
      server.importId,
      (p) => `${p}|${server.identifier}`,
      '`<pool id>|<identifier>`',
    );
  }
  for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
    child(
      [...path, 'identityProviders', name, 'importId'],
      `the identity provider ${name}`,
      provider.importId,
      (p) => `${p}:${name}`,
      '`<pool id>:<provider name>`',
    );
  }
  for (const [id, client] of Object.entries(pool.clients ?? {})) {
    const at: Path = [...path, 'clients', id];
    child(
      [...at, 'importId'],
      `the client ${id}`,
      client.importId,
      (p) => {
        const clientId = client.importId?.startsWith(`${p}/`)
          ? client.importId.slice(p.length + 1)
          : '';
        return CLIENT_ID.test(clientId) ? undefined : `${p}/<client id>`;
      },
      '`<pool id>/<client id>` with a client id of letters, digits, `_` and `+`',
    );
    if (client.brandingImportId === undefined) continue;
    const flows = client.oauth?.flows ?? [];
    if (
      domain?.managedLoginVersion !== 2 ||
      !(flows.includes('code') || flows.includes('implicit'))
    ) {
      finding(
        [...at, 'brandingImportId'],
        `the client ${id} adopts a managed login style, but cogfed gives a client one only with the domain's \`managedLoginVersion: 2\` and the \`code\` or \`implicit\` flow`,
        'remove `brandingImportId`; Terraform then leaves the style alone',
      );
      continue;
    }
    child(
      [...at, 'brandingImportId'],
      `the managed login style of the client ${id}`,
      client.brandingImportId,
      (p) => {
        const brandingId = client.brandingImportId?.startsWith(`${p},`)
          ? client.brandingImportId.slice(p.length + 1)
          : '';
        return BRANDING_ID.test(brandingId) ? undefined : `${p},<branding id>`;
      },
      '`<pool id>,<managed login branding id>` (a UUID)',
    );
  }
  return out;
}
