import type { PoolQuotasConfig } from '../config';
import type { RuleFinding } from './rule';
import { defineRule, pools } from './rule';

/**
 * Cognito's default per-pool quotas ("Quotas on resource number and size",
 * https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#resource-quotas):
 * all three adjustable through Service Quotas, which is why a file may
 * declare a raised one under `quotas`.
 */
const QUOTAS: ReadonlyArray<{
  key: keyof PoolQuotasConfig;
  member: 'identityProviders' | 'clients' | 'resourceServers';
  what: string;
  quota: number;
  serviceQuota: string;
}> = [
  {
    key: 'identityProviders',
    member: 'identityProviders',
    what: 'identity providers',
    quota: 300,
    serviceQuota: 'Identity providers per user pool',
  },
  {
    key: 'clients',
    member: 'clients',
    what: 'app clients',
    quota: 1000,
    serviceQuota: 'App clients per user pool',
  },
  {
    key: 'resourceServers',
    member: 'resourceServers',
    what: 'resource servers',
    quota: 25,
    serviceQuota: 'Resource servers per user pool',
  },
];
/** The share of a quota at which a pool gets a warning: time to request more before a change fails at apply. */
const WARN_AT = 0.8;

export const poolQuota = defineRule({
  code: 'pool-quota',
  description:
    "A pool stays within Cognito's per-pool quotas: 300 identity providers, 1,000 app clients, 25 resource servers, or the raised quota declared " +
    'under `quotas` (at least the default); a warning from 80 %.',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#resource-quotas (identity providers per user pool 300, app clients per user pool 1,000, ' +
    'resource servers per user pool 25; adjustable)',
  part: 'pool',
  reads: ['quotas', 'identityProviders.@keys', 'clients.@keys', 'resourceServers.@keys'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { id, pool, path } of pools(file)) {
      for (const { key, member, what, quota: defaultQuota, serviceQuota } of QUOTAS) {
        const declared = pool.quotas?.[key];
        if (declared !== undefined && declared < defaultQuota) {
          out.push({
            path: [...path, 'quotas', key],
            message: `\`quotas.${key}\` declares a quota AWS raised for the account; Cognito's default is ${defaultQuota} ${what} per user pool, so a declared quota is at least that; received ${declared}`,
            hint: `remove \`${key}\` to use the default ${defaultQuota}, or write the raised quota Service Quotas shows for "${serviceQuota}"`,
          });
          continue;
        }
        const quota = declared ?? defaultQuota;
        const names = Object.keys(pool[member] ?? {});
        const source =
          declared === undefined
            ? `Cognito's default quota of ${quota}`
            : `the declared quota of ${quota}`;
        const raise = `request an increase of "${serviceQuota}" in Service Quotas and declare it as \`quotas: { ${key}: <new quota> }\`, or split the ${what} across pools`;
        if (names.length > quota) {
          out.push({
            path: [...path, member, names[quota]],
            target: 'key',
            message: `pool \`${id}\` has ${names.length} ${what}, over ${source} per user pool; Cognito refuses the ones past it at apply`,
            hint: raise,
          });
        } else if (names.length >= Math.ceil(quota * WARN_AT)) {
          out.push({
            path: [...path, member],
            target: 'key',
            severity: 'warning',
            message: `pool \`${id}\` has ${names.length} ${what}, ${Math.floor((names.length / quota) * 100)} % of ${source} per user pool`,
            hint: `before it is reached, ${raise}`,
          });
        }
      }
    }
    return out;
  },
});
