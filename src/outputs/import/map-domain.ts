import type { DomainConfig } from '../../validate/config';
import { Fields, Json } from './fields';
import type { ImportNote } from './notes';

/**
 * The pool's domain. DescribeUserPool names up to two (`Domain`, a prefix,
 * and `CustomDomain`); cogfed manages one per pool, the custom one when both
 * exist (it is the one users see). DescribeUserPoolDomain gives the rest.
 */
export function mapDomain(
  userPool: Json,
  domains: readonly Json[],
  notes: ImportNote[],
): DomainConfig | undefined {
  const poolId = String(userPool.Id ?? '');
  const prefix =
    typeof userPool.Domain === 'string' && userPool.Domain ? userPool.Domain : undefined;
  const custom =
    typeof userPool.CustomDomain === 'string' && userPool.CustomDomain
      ? userPool.CustomDomain
      : undefined;
  const chosen = custom ?? prefix;
  if (chosen === undefined) return undefined;
  const resource = `domain ${chosen}`;
  if (custom !== undefined && prefix !== undefined) {
    notes.push({
      resource: `user pool ${poolId}`,
      attribute: 'Domain',
      live: prefix,
      effect: 'kept',
      why: `cogfed manages one domain per pool and took the custom domain ${custom}; the prefix domain is not in the configuration, so Terraform leaves it`,
    });
  }
  const description = domains.find((d) => d.Domain === chosen);
  if (description === undefined) {
    notes.push({
      resource,
      attribute: 'ManagedLoginVersion',
      live: '(not read)',
      effect: 'unverified',
      why: 'DescribeUserPoolDomain was not read for this domain, so the managed login version is taken as 1 (offline: add the output of `aws cognito-idp describe-user-pool-domain`)',
    });
    return custom !== undefined
      ? { importId: custom, custom: { name: custom, certificateArn: '' } }
      : { importId: chosen, prefix: chosen };
  }
  const fields = new Fields(description, 'DomainDescription');
  fields.skip(
    'UserPoolId',
    'AWSAccountId',
    'Domain',
    'CloudFrontDistribution',
    'S3Bucket',
    'Version',
    'Status',
  );
  const certificateArn = fields.nested('CustomDomainConfig').get<string>('CertificateArn');
  const version = fields.get<number>('ManagedLoginVersion') ?? 1;
  const config: DomainConfig = { importId: chosen };
  if (custom !== undefined) config.custom = { name: custom, certificateArn: certificateArn ?? '' };
  else config.prefix = chosen;
  if (version === 2) config.managedLoginVersion = 2;
  const routing = fields.get('Routing');
  if (routing !== undefined && routing !== null) {
    notes.push({
      resource,
      attribute: 'DomainDescription.Routing',
      live: JSON.stringify(routing),
      effect: 'unverified',
      why: 'cogfed does not manage domain routing yet',
    });
  }
  notes.push(...fields.unread(resource));
  return config;
}
