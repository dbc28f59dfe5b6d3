import type { CrossFileRule } from './rule';
import type { TenantDocument } from '../assemble';
import { placeOf } from '../finding';
import { defineCrossFileRule } from './rule';

export const tenantDuplicate = defineCrossFileRule({
  code: 'tenant-duplicate',
  description:
    'Tenant names are unique among the tenant files that join one pool: one file is one customer.',
  source: 'docs/aws-limits.md#tenants-and-environments (one tenant file per customer and pool)',
  reads: [],
  checkAll(_files, estate) {
    const first = new Map<string, TenantDocument>();
    const out: ReturnType<CrossFileRule['checkAll']> = [];
    for (const tenant of estate.tenants) {
      const key = `${tenant.joins.stack}\u0000${tenant.joins.pool}\u0000${tenant.tenant}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, tenant);
        continue;
      }
      out.push({
        source: tenant.source,
        finding: {
          path: ['tenant'],
          message: `tenant \`${tenant.tenant}\` already joins pool \`${tenant.joins.pool}\` of stack \`${tenant.joins.stack}\` in ${placeOf(earlier.source, ['tenant'])}`,
          hint: 'keep one file per tenant: merge the two files, or give this tenant its own name',
        },
      });
    }
    return out;
  },
});
