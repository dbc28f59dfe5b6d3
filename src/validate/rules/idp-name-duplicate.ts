import type { CrossFileRule } from './rule';
import { originOf } from '../../load/source';
import { placeOf } from '../finding';
import { defineCrossFileRule } from './rule';

export const idpNameDuplicate = defineCrossFileRule({
  code: 'idp-name-duplicate',
  description:
    "A provider name is unique across every file of a pool: a tenant file adds no provider the pool's definition or another tenant file already has.",
  source:
    'docs/aws-limits.md#identity-provider-names (the provider name is unique in its pool); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html (DuplicateProviderException)',
  reads: ['stack', 'userPools.*.identityProviders.@keys'],
  checkAll(files, estate) {
    const byStack = new Map(files.map((f) => [f.config.stack, f] as const));
    const out: ReturnType<CrossFileRule['checkAll']> = [];
    for (const tenant of estate.tenants) {
      const stack = byStack.get(tenant.joins.stack);
      const pool = stack?.config.userPools?.[tenant.joins.pool];
      if (!stack || !pool) continue;
      for (const name of Object.keys(tenant.identityProviders)) {
        const path = ['userPools', tenant.joins.pool, 'identityProviders', name];
        if (!(name in (pool.identityProviders ?? {}))) continue;
        // The pool's provider of that name was written elsewhere: the definition, or an earlier tenant file.
        if (originOf(stack.source, path).source === tenant.source) continue;
        out.push({
          source: tenant.source,
          finding: {
            path: ['identityProviders', name],
            target: 'key',
            message: `pool \`${tenant.joins.pool}\` of stack \`${tenant.joins.stack}\` already has a provider \`${name}\`, written in ${placeOf(stack.source, path, 'key')}; a provider name is unique in its pool`,
            hint: "give this tenant's provider its own name, e.g. prefixed with the tenant",
          },
        });
      }
    }
    return out;
  },
});
