import type { CrossFileRule } from './rule';
import { placeOf } from '../finding';
import { defineCrossFileRule } from './rule';

export const domainPrefixDuplicate = defineCrossFileRule({
  code: 'domain-prefix-duplicate',
  description:
    'A domain prefix is unique in its Region across every stack of the estate: each environment needs its own.',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-assign-domain-prefix.html ("The prefix must be unique across the selected AWS Region"); ' +
    'docs/aws-limits.md#prefix-domains',
  reads: ['aws.region', 'userPools.*.domain.prefix'],
  checkAll(files) {
    const first = new Map<string, { source: (typeof files)[number]['source']; path: string[] }>();
    const out: ReturnType<CrossFileRule['checkAll']> = [];
    for (const { source, config } of files) {
      for (const [poolId, pool] of Object.entries(config.userPools ?? {})) {
        const prefix = pool.domain?.prefix;
        if (prefix === undefined) continue;
        const path = ['userPools', poolId, 'domain', 'prefix'];
        const key = `${config.aws.region}\u0000${prefix}`;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { source, path });
          continue;
        }
        out.push({
          source,
          finding: {
            path,
            message: `domain prefix \`${prefix}\` is already used in ${config.aws.region} by ${placeOf(earlier.source, earlier.path)}; a prefix is unique in its Region`,
            hint: 'give each environment its own prefix (e.g. `acme-login-dev`) under `environments.<name>.set`',
          },
        });
      }
    }
    return out;
  },
});
