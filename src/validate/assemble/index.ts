import type { NodePath } from '../../load/diagnostic';
import { SourceFile } from '../../load/source';
import { isMapping, overlay } from './merge';
import { OriginMap } from './origins';

/**
 * Assembly: the files of an estate become one document per stack. A stack
 * file is one stack, or, with `environments`, one per environment (the
 * definition with the environment's `set` laid over it); each tenant file's
 * providers join the pool it names; a client's `tenants` entry becomes every
 * tenant provider of its pool. Rules, the model and every output then see
 * one document per stack, and its origin map (origins.ts) points every
 * finding at the file and line where the value was written.
 */

/** The client list entry that stands for every tenant provider of the pool. */
export const TENANTS = 'tenants';

/** A tenant file (schemas/cogfed-tenant.schema.json): `tenant`, `joins`, `identityProviders`. */
export interface TenantDocument {
  source: SourceFile;
  tenant: string;
  joins: { stack: string; pool: string };
  identityProviders: Record<string, unknown>;
}

export interface StackDocument {
  /** The stack name (the environment's, or the file's). */
  name: string;
  /** The file the stack is defined in. */
  definition: SourceFile;
  /** The environment's name, for a definition with `environments`. */
  environment?: string;
  /** The assembled document: its value, and origins that locate through the files it came from. */
  source: SourceFile;
  /** The tenant files joined to it, in path order. */
  tenants: SourceFile[];
}

/** Whether a parsed document is a tenant file (its top-level `tenant`) rather than a stack file. */
export function isTenantDocument(value: unknown): boolean {
  return isMapping(value) && 'tenant' in value;
}

/** A tenant file whose `tenant` and `joins` are sound, as a TenantDocument; undefined otherwise (the schema has reported it). */
export function asTenant(
  source: SourceFile,
  faults: readonly NodePath[],
): TenantDocument | undefined {
  const value = source.value;
  if (
    !isMapping(value) ||
    faults.some(
      (f) =>
        f.length === 0 ||
        f[0] === 'tenant' ||
        f[0] === 'joins' ||
        (f[0] === 'identityProviders' && f.length === 1),
    )
  )
    return undefined;
  const joins = value.joins as { stack: string; pool: string };
  return {
    source,
    tenant: value.tenant as string,
    joins,
    identityProviders: value.identityProviders as Record<string, unknown>,
  };
}

/** The stacks of one stack file, before tenants join. */
export function stacksOf(definition: SourceFile): StackDocument[] {
  const value = definition.value;
  if (!isMapping(value)) return [];
  const environments = value.environments;
  if (environments === undefined) {
    const origins = new OriginMap(definition);
    return [
      {
        name: String(value.stack),
        definition,
        // A copy: joining tenants replaces its `userPools`; the file's own value stays as written.
        source: assembled(definition, { ...value }, origins),
        tenants: [],
      },
    ];
  }
  if (!isMapping(environments)) return [];
  const { environments: _omit, ...base } = value;
  void _omit;
  const out: StackDocument[] = [];
  for (const [name, env] of Object.entries(environments)) {
    if (!isMapping(env) || typeof env.stack !== 'string') continue;
    const origins = new OriginMap(definition);
    const at: NodePath = ['environments', name];
    const set = isMapping(env.set) ? env.set : {};
    const merged = overlay(base, set, [], origins, definition, [...at, 'set']) as Record<
      string,
      unknown
    >;
    merged.stack = env.stack;
    origins.set(['stack'], definition, [...at, 'stack']);
    if (env.production !== undefined) {
      merged.production = env.production;
      origins.set(['production'], definition, [...at, 'production']);
    }
    out.push({
      name: env.stack,
      definition,
      environment: name,
      source: assembled(definition, merged, origins),
      tenants: [],
    });
  }
  return out;
}

function assembled(definition: SourceFile, value: unknown, origins: OriginMap): SourceFile {
  const source = new SourceFile(definition.path, definition.text, value);
  source.origins = origins;
  return source;
}

/**
 * Join each tenant to its stack and pool (the first stack of that name): its
 * providers are added to the pool, unless the pool already has a provider of
 * that name (from the definition or an earlier tenant file; `idp-name-duplicate`
 * reports it) or the stack or pool does not exist (`tenant-joins-unknown`).
 * Then every client's `tenants` entry expands to the pool's tenant providers, sorted.
 */
export function joinTenants(stacks: StackDocument[], tenants: readonly TenantDocument[]): void {
  const byName = new Map<string, StackDocument>();
  for (const stack of stacks) if (!byName.has(stack.name)) byName.set(stack.name, stack);
  const tenantProviders = new Map<StackDocument, Map<string, string[]>>();

  for (const tenant of tenants) {
    const stack = byName.get(tenant.joins.stack);
    const doc = stack?.source.value;
    if (
      !stack ||
      !isMapping(doc) ||
      !isMapping(doc.userPools) ||
      !isMapping(doc.userPools[tenant.joins.pool])
    )
      continue;
    const poolId = tenant.joins.pool;
    const userPools = { ...doc.userPools };
    const pool = { ...(userPools[poolId] as Record<string, unknown>) };
    const existing = pool.identityProviders;
    if (existing !== undefined && !isMapping(existing)) continue;
    const providers: Record<string, unknown> = { ...(existing ?? {}) };
    const origins = stack.source.origins as OriginMap;
    for (const [name, provider] of Object.entries(tenant.identityProviders)) {
      if (name in providers) continue;
      providers[name] = provider;
      origins.set(['userPools', poolId, 'identityProviders', name], tenant.source, [
        'identityProviders',
        name,
      ]);
      const names = tenantProviders.get(stack) ?? new Map<string, string[]>();
      names.set(poolId, [...(names.get(poolId) ?? []), name]);
      tenantProviders.set(stack, names);
    }
    pool.identityProviders = providers;
    userPools[poolId] = pool;
    doc.userPools = userPools;
    stack.tenants.push(tenant.source);
  }
  for (const stack of stacks) expandTenantEntries(stack, tenantProviders.get(stack) ?? new Map());
}

/** `identityProviders: [COGNITO, tenants]` on a client: `tenants` becomes the pool's tenant providers, sorted by name. */
function expandTenantEntries(stack: StackDocument, tenantProviders: Map<string, string[]>): void {
  const doc = stack.source.value;
  if (!isMapping(doc) || !isMapping(doc.userPools)) return;
  const origins = stack.source.origins as OriginMap;
  let userPools: Record<string, unknown> | undefined;
  for (const [poolId, pool] of Object.entries(doc.userPools)) {
    if (!isMapping(pool) || !isMapping(pool.clients)) continue;
    let clients: Record<string, unknown> | undefined;
    for (const [clientId, client] of Object.entries(pool.clients)) {
      if (
        !isMapping(client) ||
        !Array.isArray(client.identityProviders) ||
        !client.identityProviders.includes(TENANTS)
      )
        continue;
      const listPath: NodePath = ['userPools', poolId, 'clients', clientId, 'identityProviders'];
      const written = origins.resolve(listPath);
      const names = [...(tenantProviders.get(poolId) ?? [])].sort((a, b) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      const expanded: unknown[] = [];
      (client.identityProviders as unknown[]).forEach((entry, index) => {
        const items =
          entry === TENANTS
            ? names.filter((n) => !(client.identityProviders as unknown[]).includes(n))
            : [entry];
        for (const item of items) {
          origins.set([...listPath, expanded.length], written.source, [...written.path, index]);
          expanded.push(item);
        }
      });
      clients ??= { ...pool.clients };
      clients[clientId] = { ...client, identityProviders: expanded };
    }
    if (!clients) continue;
    userPools ??= { ...doc.userPools };
    userPools[poolId] = { ...pool, clients };
  }
  if (userPools) doc.userPools = userPools;
}
