import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

export const resourceServerDuplicate = defineRule({
  code: 'resource-server-duplicate',
  description:
    'Resource server identifiers are unique within a pool: Cognito keys resource servers by identifier.',
  source:
    'docs/aws-limits.md#resource-server-limits (the identifier is the scope prefix); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html',
  part: 'resourceServer',
  reads: ['identifier'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const firstById = new Map<string, string>();
      for (const [id, server] of Object.entries(pool.resourceServers ?? {})) {
        const first = firstById.get(server.identifier);
        if (first === undefined) {
          firstById.set(server.identifier, id);
          continue;
        }
        out.push({
          path: [...path, 'resourceServers', id, 'identifier'],
          message: `resource server identifiers are unique within a pool; received ${received(server.identifier)}, already the identifier of \`${first}\``,
          hint: `merge the scopes into \`${first}\`, or give this server its own identifier`,
        });
      }
    }
    return out;
  },
});
