import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Json } from './fields';
import type { PoolSnapshot } from './snapshot';

/** A folder (or file) that cannot be read as the AWS CLI's output: a usage problem, exit 2. */
export class SnapshotError extends Error {}

const BRANDING_FILE = /^describe-managed-login-branding-by-client-(.+)\.json$/;

/**
 * Reads what the AWS CLI prints, from a folder (see the README, "Adopting an
 * existing user pool"). Each `*.json` file is recognized by its top-level key,
 * so file names do not matter, except for managed login styles, whose
 * response does not name the client:
 *
 *   describe-user-pool.json                  { "UserPool": ... }              required
 *   get-user-pool-mfa-config.json            { "MfaConfiguration": ... }      when MFA is on
 *   describe-user-pool-domain*.json          { "DomainDescription": ... }     one per domain
 *   list-resource-servers.json               { "ResourceServers": [...] }
 *   list-identity-providers.json             { "Providers": [...] }
 *   describe-identity-provider*.json         { "IdentityProvider": ... }      one per provider listed
 *   list-user-pool-clients.json              { "UserPoolClients": [...] }
 *   describe-user-pool-client*.json          { "UserPoolClient": ... }        one per client listed
 *   describe-managed-login-branding-by-client-<ClientId>.json                 managed login only;
 *                                            empty when the command failed with ResourceNotFoundException (no style)
 *
 * Or one file holding a JSON array of those responses (a style then as
 * `{ "ClientId": ..., "ManagedLoginBranding": ... | null }`).
 */
export function readSnapshot(path: string): PoolSnapshot {
  let entries: Array<{ name: string; json: Json | null }>;
  if (statSync(path).isDirectory()) {
    entries = readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ name: f, json: parse(join(path, f)) }));
  } else {
    const all = parse(path);
    if (!Array.isArray(all))
      throw new SnapshotError(`${path}: a combined file is a JSON array of AWS CLI responses`);
    entries = (all as unknown[]).map((json, i) => ({
      name: `${basename(path)}[${i}]`,
      json: json as Json,
    }));
  }
  return assemble(entries, path);
}

function parse(file: string): Json | null {
  const text = readFileSync(file, 'utf8');
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new SnapshotError(`${file}: not JSON (${(error as Error).message})`);
  }
}

/** The same, from entries already in memory (tests). */
export function assembleForTest(
  entries: ReadonlyArray<{ name: string; json: Json | null }>,
  where: string,
): PoolSnapshot {
  return assemble(entries, where);
}

function assemble(
  entries: ReadonlyArray<{ name: string; json: Json | null }>,
  where: string,
): PoolSnapshot {
  let userPool: Json | undefined;
  let mfaConfig: Json | undefined;
  const domains: Json[] = [];
  const resourceServers: Json[] = [];
  const listedProviders: string[] = [];
  const providers: Json[] = [];
  const listedClients: string[] = [];
  const clients: Json[] = [];
  const brandings = new Map<string, Json | null>();
  let sawServerList = false;
  let sawProviderList = false;
  let sawClientList = false;

  for (const { name, json } of entries) {
    const brandingClient =
      BRANDING_FILE.exec(name)?.[1] ??
      (json && typeof json.ClientId === 'string' && 'ManagedLoginBranding' in json
        ? json.ClientId
        : undefined);
    if (brandingClient !== undefined) {
      brandings.set(brandingClient, (json?.ManagedLoginBranding as Json | undefined) ?? null);
      continue;
    }
    if (json === null) continue;
    if (json.UserPool) {
      if (userPool)
        throw new SnapshotError(
          `${where}: two describe-user-pool responses (${name}); import one pool at a time`,
        );
      userPool = json.UserPool as Json;
    } else if ('MfaConfiguration' in json && !('UserPool' in json)) mfaConfig = json;
    else if (json.DomainDescription) {
      if (Object.keys(json.DomainDescription as Json).length > 0)
        domains.push(json.DomainDescription as Json);
    } else if (Array.isArray(json.ResourceServers)) {
      sawServerList = true;
      resourceServers.push(...(json.ResourceServers as Json[]));
    } else if (Array.isArray(json.Providers)) {
      sawProviderList = true;
      listedProviders.push(...(json.Providers as Json[]).map((p) => String(p.ProviderName)));
    } else if (json.IdentityProvider) providers.push(json.IdentityProvider as Json);
    else if (Array.isArray(json.UserPoolClients)) {
      sawClientList = true;
      listedClients.push(...(json.UserPoolClients as Json[]).map((c) => String(c.ClientId)));
    } else if (json.UserPoolClient) clients.push(json.UserPoolClient as Json);
    else
      throw new SnapshotError(
        `${where}: ${name} is none of the AWS CLI responses cogfed reads (describe-user-pool, list-user-pool-clients, ...)`,
      );
  }

  if (!userPool)
    throw new SnapshotError(
      `${where}: no describe-user-pool output ({ "UserPool": ... }); run \`aws cognito-idp describe-user-pool --user-pool-id <id>\``,
    );
  const poolId = String(userPool.Id);
  const missing: string[] = [];
  if (!sawServerList)
    missing.push(
      `list-resource-servers (\`aws cognito-idp list-resource-servers --user-pool-id ${poolId} --max-results 50\`)`,
    );
  if (!sawProviderList)
    missing.push(
      `list-identity-providers (\`aws cognito-idp list-identity-providers --user-pool-id ${poolId}\`)`,
    );
  if (!sawClientList)
    missing.push(
      `list-user-pool-clients (\`aws cognito-idp list-user-pool-clients --user-pool-id ${poolId}\`)`,
    );
  for (const name of listedProviders) {
    if (!providers.some((p) => p.ProviderName === name))
      missing.push(
        `describe-identity-provider for ${name} (\`aws cognito-idp describe-identity-provider --user-pool-id ${poolId} --provider-name '${name}'\`)`,
      );
  }
  for (const id of listedClients) {
    if (!clients.some((c) => c.ClientId === id))
      missing.push(
        `describe-user-pool-client for ${id} (\`aws cognito-idp describe-user-pool-client --user-pool-id ${poolId} --client-id ${id}\`)`,
      );
  }
  if (missing.length > 0) throw new SnapshotError(`${where}: missing ${missing.join('; ')}`);
  for (const [list, described, what] of [
    [listedProviders, providers, 'identity provider'],
    [listedClients, clients, 'client'],
  ] as const) {
    const key = what === 'client' ? 'ClientId' : 'ProviderName';
    const extra = described.filter((d) => !(list as readonly string[]).includes(String(d[key])));
    if (extra.length > 0)
      throw new SnapshotError(
        `${where}: a described ${what} the list does not name: ${extra.map((d) => String(d[key])).join(', ')}`,
      );
  }
  return {
    source: `the folder ${where}`,
    userPool,
    ...(mfaConfig ? { mfaConfig } : {}),
    domains,
    resourceServers,
    providers,
    clients,
    brandings,
  };
}
