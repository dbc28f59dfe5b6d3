import type { CrossFileRule } from './rule';
import { received } from '../finding';
import { defineCrossFileRule } from './rule';
import { hintWithSuggestion } from './suggest';

export const tenantJoinsUnknown = defineCrossFileRule({
  code: 'tenant-joins-unknown',
  description:
    "A tenant file joins a stack and a pool that exist: `joins.stack` names a stack (a file's or an environment's), `joins.pool` a pool of it.",
  source:
    "docs/aws-limits.md#tenants-and-environments (a tenant's providers are created in the pool it joins)",
  reads: ['stack', 'userPools.@keys'],
  checkAll(files, estate) {
    const pools = new Map<string, string[]>();
    for (const { config } of files)
      if (!pools.has(config.stack)) pools.set(config.stack, Object.keys(config.userPools ?? {}));
    const out: ReturnType<CrossFileRule['checkAll']> = [];
    for (const tenant of estate.tenants) {
      const { stack, pool } = tenant.joins;
      const known = pools.get(stack);
      // A stack left out for schema errors is not reported as unknown: its own findings say why.
      if (known === undefined && estate.stacks.some((s) => s.name === stack)) continue;
      if (known === undefined) {
        out.push({
          source: tenant.source,
          finding: {
            path: ['joins', 'stack'],
            message: `a tenant joins a stack defined by a stack file (its \`stack\`, or an environment's); received ${received(stack)}`,
            hint: hintWithSuggestion(
              stack,
              [...pools.keys()],
              'name the stack of the environment this tenant signs in to',
            ),
          },
        });
      } else if (!known.includes(pool)) {
        out.push({
          source: tenant.source,
          finding: {
            path: ['joins', 'pool'],
            message: `a tenant joins a pool of stack \`${stack}\` (it has ${known.length === 0 ? 'none' : known.map((k) => `\`${k}\``).join(', ')}); received ${received(pool)}`,
            hint: hintWithSuggestion(
              pool,
              known,
              "name the pool's logical id, its key under `userPools`",
            ),
          },
        });
      }
    }
    return out;
  },
});
