import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

/** An ACM certificate ARN, in any partition. */
const ACM_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]*):(\d*):certificate\/([A-Za-z0-9-]+)$/;
const REQUIRED_REGION = 'us-east-1';

export const domainCertificate = defineRule({
  code: 'domain-certificate',
  description:
    "A custom domain's certificate is an ACM certificate ARN (`arn:aws:acm:us-east-1:<account>:certificate/<id>`) in us-east-1.",
  source:
    'docs/aws-limits.md#custom-domains (the ACM certificate must be in us-east-1); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-add-custom-domain.html',
  part: 'pool',
  reads: ['domain.custom.certificateArn'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const custom = pool.domain?.custom;
      if (!custom) continue;
      const arn = custom.certificateArn;
      const at = [...path, 'domain', 'custom', 'certificateArn'];
      const match = ACM_ARN.exec(arn);
      if (!match || !/^\d{12}$/.test(match[2]) || !match[1]) {
        out.push({
          path: at,
          message: `a custom domain's certificate is an ACM certificate ARN, \`arn:aws:acm:${REQUIRED_REGION}:<12-digit account>:certificate/<id>\`; received ${received(arn)}`,
          hint: "copy the certificate's ARN from AWS Certificate Manager in us-east-1 (`aws acm list-certificates --region us-east-1`)",
        });
        continue;
      }
      if (match[1] !== REQUIRED_REGION) {
        out.push({
          path: at,
          message: `a custom domain's certificate must be in ${REQUIRED_REGION} (Cognito serves custom domains through CloudFront), whatever the pool's region; received a certificate in ${match[1]}`,
          hint: `request or import the certificate in ${REQUIRED_REGION} and use that ARN`,
        });
      }
    }
    return out;
  },
});
