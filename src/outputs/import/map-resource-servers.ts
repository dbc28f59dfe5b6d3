import type { ResourceServerConfig } from '../../validate/config';
import { Fields, Json } from './fields';
import { IdSet, validId } from './ids';
import type { ImportNote } from './notes';

/** ListResourceServers → `resourceServers`, keyed by an id made from the name (or the identifier). */
export function mapResourceServers(
  poolId: string,
  servers: readonly Json[],
  notes: ImportNote[],
): Record<string, ResourceServerConfig> {
  const out: Record<string, ResourceServerConfig> = {};
  const ids = new IdSet();
  const sorted = [...servers].sort((a, b) =>
    String(a.Identifier).localeCompare(String(b.Identifier)),
  );
  for (const server of sorted) {
    const fields = new Fields(server, 'ResourceServer');
    fields.skip('UserPoolId');
    const identifier = fields.get<string>('Identifier') ?? '';
    const name = fields.get<string>('Name') ?? identifier;
    const id = ids.claim(validId(name, validId(identifier.replace(/^https?:\/\//, ''), 'api')));
    const config: ResourceServerConfig = { importId: `${poolId}|${identifier}`, identifier };
    if (name !== id) config.name = name;
    const scopes = fields.get<Json[]>('Scopes') ?? [];
    if (scopes.length > 0)
      config.scopes = Object.fromEntries(
        scopes
          .map((s) => [String(s.ScopeName), String(s.ScopeDescription ?? '')])
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    const managedBy = fields.get('ManagedBy');
    if (managedBy !== undefined && managedBy !== null) {
      notes.push({
        resource: `resource server ${identifier}`,
        attribute: 'ResourceServer.ManagedBy',
        live: JSON.stringify(managedBy),
        effect: 'unverified',
        why: 'a resource server that AWS manages for another service; cogfed would manage it as its own',
      });
    }
    notes.push(...fields.unread(`resource server ${identifier}`));
    out[id] = config;
  }
  return out;
}
