import type { RuleFinding } from './rule';
import { received } from '../finding';
import { Path, defineRule, pools } from './rule';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const awsRegion = defineRule({
  code: 'aws-region',
  description:
    'Region names look like AWS regions: `us-east-1`, `eu-west-2`, `us-gov-west-1` (aws.region, backend.s3.region, mfa.sms.snsRegion).',
  source:
    'https://docs.aws.amazon.com/general/latest/gr/rande.html#regional-endpoints (region codes)',
  part: 'file',
  reads: ['aws.region', 'backend.s3.region', 'userPools.*.mfa.sms.snsRegion'],
  check(file) {
    const places: Array<[Path, string]> = [[['aws', 'region'], file.aws.region]];
    if (file.backend?.s3) places.push([['backend', 's3', 'region'], file.backend.s3.region]);
    for (const { pool, path } of pools(file)) {
      const snsRegion = pool.mfa?.sms?.snsRegion;
      if (snsRegion !== undefined) places.push([[...path, 'mfa', 'sms', 'snsRegion'], snsRegion]);
    }
    const out: RuleFinding[] = [];
    for (const [path, region] of places) {
      if (REGION.test(region)) continue;
      const fixed = region
        .trim()
        .toLowerCase()
        .replace(/_/g, '-')
        .replace(/([a-z])(\d)$/, '$1-$2');
      out.push({
        path,
        message: `an AWS region is written like \`us-east-1\` (lower case, words joined by \`-\`, ending in a digit); received ${received(region)}`,
        hint: REGION.test(fixed)
          ? `did you mean \`${fixed}\`?`
          : 'e.g. `us-east-1`, `eu-west-1`, `ap-southeast-2`',
      });
    }
    return out;
  },
});
