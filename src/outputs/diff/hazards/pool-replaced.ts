import type { NodePath } from '../../../load/diagnostic';
import type { Pool } from '../../../model/model';
import type { AttributeChange } from '../attributes';
import { describeChange, forcing, protectionNote } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const poolReplaced = defineHazard({
  code: 'pool-replaced',
  severity: 'blocking',
  description:
    'A user pool is replaced (a replacing argument changed, its key was renamed, or its Region moved): every user in it is deleted.',
  detect({ renamedPools, replacedPools }) {
    const out: HazardFinding[] = [];
    for (const [before, after] of renamedPools) {
      out.push({
        subject: before.id,
        path: ['userPools', after.id],
        target: 'key',
        message: `user pool key renamed from ${before.id} to ${after.id}: the key names every Terraform address, so Terraform destroys pool ${before.id} (${before.name}) and creates ${after.id}; every user in pool ${before.id} is deleted${protectionNote(before)}`,
        hint: `keep the key ${before.id} (to rename the pool in AWS, change its \`name\`, which updates in place), or accept with --accept pool-replaced`,
      });
    }
    for (const { before, after, change } of replacedPools) {
      const forced = forcing(change);
      const children = [
        after.clients.length
          ? `its app clients (${after.clients.map((c) => c.id).join(', ')}) get new client ids`
          : '',
        after.providers.length
          ? `its identity providers (${after.providers.map((p) => p.name).join(', ')}) are recreated`
          : '',
      ].filter(Boolean);
      out.push({
        subject: after.id,
        path: poolConfigPath(after, forced[0]),
        message: `user pool ${after.id} (${after.name}) is replaced: ${forced.map(describeChange).join('; ')}, which forces a new pool; Terraform destroys pool ${after.id}, so every user in it is deleted${children.length ? `, and ${children.join(' and ')}` : ''}${protectionNote(before)}`,
        hint: 'revert the change; to make it anyway, create a new pool under a new key, migrate the users, then remove the old one; or accept with --accept pool-replaced',
      });
    }
    return out;
  },
});

/** The YAML node behind a replacing pool argument. */
function poolConfigPath(pool: Pool, change: AttributeChange | undefined): NodePath {
  const path = change?.path ?? '';
  if (path === 'region') return ['aws', 'region'];
  if (path.startsWith('username_attributes'))
    return ['userPools', pool.id, 'signIn', 'usernameAttributes'];
  if (path.startsWith('username_configuration'))
    return ['userPools', pool.id, 'signIn', 'caseSensitive'];
  if (path.startsWith('alias_attributes')) return ['userPools', pool.id, 'signIn'];
  return ['userPools', pool.id];
}
