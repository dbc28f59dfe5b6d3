import { KIND, ResourceKind } from '../../model/addresses';
import { schemaPath, sameValue } from './attributes';

/**
 * THE table of arguments whose change makes Terraform replace a resource
 * (destroy, then create: a new id, and for a user pool, no users), for the
 * provider cogfed generates for: hashicorp/aws 6.x (@cdktf/provider-aws 21.x
 * pins hashicorp/aws 6.25.0). Every entry carries its evidence. Entries with
 * `replaces: 'never'` record arguments that once forced replacement and no
 * longer do, so nobody "fixes" them back.
 *
 * Sources: the provider source files at the commits named, its CHANGELOG and
 * pull requests; docs/provider-evidence.md §2 (the research) and
 * docs/aws-limits.md#replacing-arguments (the same table, for readers).
 */
export interface ReplacementRule {
  /** Terraform resource type (from the model's table of kinds), or `provider.aws` for the provider block. */
  resource: ResourceKind | 'provider.aws';
  /** Argument path without item indexes or map keys (`username_configuration.case_sensitive`). */
  attribute: string;
  /**
   * `changed`: any change replaces. `set-unset`: only going from empty to set or
   * back (the provider's ForceNewIfChange). `never`: updated in place.
   */
  replaces: 'changed' | 'set-unset' | 'never';
  evidence: readonly string[];
}

const PROVIDER = 'https://github.com/hashicorp/terraform-provider-aws/blob';
/** Where this table is written out for readers, with the same sources. */
const LIMITS = 'docs/aws-limits.md#replacing-arguments';

export const REPLACEMENT_RULES: readonly ReplacementRule[] = [
  {
    resource: KIND.userPool,
    attribute: 'username_attributes',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/e33a89d079930e92c79a986c9c041c5ed5191639/internal/service/cognitoidp/user_pool.go (ForceNew: true)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.userPool,
    attribute: 'alias_attributes',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/015edb133ea6/internal/service/cognitoidp/user_pool.go (ForceNew: true)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.userPool,
    attribute: 'username_configuration.case_sensitive',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/e33a89d079930e92c79a986c9c041c5ed5191639/internal/service/cognitoidp/user_pool.go ("case_sensitive": {Type: TypeBool, Required: true, ForceNew: true})`,
      LIMITS,
    ],
  },
  {
    resource: KIND.userPool,
    attribute: 'name',
    replaces: 'never',
    evidence: [
      'provider CHANGELOG 6.6.0 (2025-07-28): "resource/aws_cognito_user_pool: Allow `name` to be updated in-place (#42639)"; ForceNew before 6.6.0. cogfed generates for provider 6.x, so a rename updates in place.',
      'https://github.com/hashicorp/terraform-provider-aws/pull/42639',
      `${PROVIDER}/015edb133ea6/internal/service/cognitoidp/user_pool.go had ForceNew: true; that predates #42639 (docs/provider-evidence.md §2)`,
    ],
  },
  {
    resource: KIND.userPool,
    attribute: 'schema',
    replaces: 'never',
    evidence: [
      'user_pool.go resourceUserPoolUpdate: additions call AddCustomAttributes; any modified or removed item fails at apply with "cannot modify or remove schema items" (docs/provider-evidence.md §3). Not a replacement: the custom-attribute-* hazards report it.',
      'https://github.com/hashicorp/terraform-provider-aws/issues/21654',
    ],
  },
  {
    resource: KIND.identityProvider,
    attribute: 'provider_name',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a/internal/service/cognitoidp/identity_provider.go (ForceNew: true)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.identityProvider,
    attribute: 'provider_type',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a/internal/service/cognitoidp/identity_provider.go (ForceNew: true)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.identityProvider,
    attribute: 'user_pool_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a/internal/service/cognitoidp/identity_provider.go (ForceNew: true)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.client,
    attribute: 'generate_secret',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/262d4da63aa78d7dcea5d62ac118005e6628db57/internal/service/cognitoidp/user_pool_client.go ("generate_secret": {Optional: true, ForceNew: true})`,
      `${PROVIDER}/main/internal/service/cognitoidp/user_pool_client.go (framework resource: boolplanmodifier.RequiresReplace())`,
      LIMITS,
    ],
  },
  {
    resource: KIND.client,
    attribute: 'user_pool_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/262d4da63aa78d7dcea5d62ac118005e6628db57/internal/service/cognitoidp/user_pool_client.go ("user_pool_id": {Required: true, ForceNew: true})`,
      `${PROVIDER}/main/internal/service/cognitoidp/user_pool_client.go (framework resource: stringplanmodifier.RequiresReplace())`,
      LIMITS,
    ],
  },
  {
    resource: KIND.domain,
    attribute: 'domain',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/01c08000ddb14181b5bd19201d8fca311dc570e4/internal/service/cognitoidp/user_pool_domain.go ("domain": {Required: true, ForceNew: true}; the same in the names.Attr era, docs/provider-evidence.md §2)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.domain,
    attribute: 'user_pool_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/01c08000ddb14181b5bd19201d8fca311dc570e4/internal/service/cognitoidp/user_pool_domain.go ("user_pool_id": {Required: true, ForceNew: true}; docs/provider-evidence.md §2)`,
      LIMITS,
    ],
  },
  {
    resource: KIND.domain,
    attribute: 'certificate_arn',
    replaces: 'set-unset',
    evidence: [
      'user_pool_domain.go CustomizeDiff: customdiff.ForceNewIfChange(names.AttrCertificateARN, ... !(old != "" && new != "")): empty<->set replaces, ARN->ARN updates in place (docs/provider-evidence.md §2)',
      'https://github.com/hashicorp/terraform-provider-aws/pull/30066 ("Allow update of `certificate_arn` in place")',
    ],
  },
  {
    resource: KIND.domain,
    attribute: 'managed_login_version',
    replaces: 'never',
    evidence: [
      'UpdateUserPoolDomain changes it in place; https://github.com/hashicorp/terraform-provider-aws/issues/43248 fixed by https://github.com/hashicorp/terraform-provider-aws/pull/43252 (docs/provider-evidence.md §4)',
    ],
  },
  {
    resource: KIND.resourceServer,
    attribute: 'identifier',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/b11fc0fd/internal/service/cognitoidp/resource_server.go ("identifier": {Required: true, ForceNew: true})`,
      LIMITS,
    ],
  },
  {
    resource: KIND.resourceServer,
    attribute: 'user_pool_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/b11fc0fd/internal/service/cognitoidp/resource_server.go ("user_pool_id": {Required: true, ForceNew: true})`,
      LIMITS,
    ],
  },
  {
    resource: KIND.resourceServer,
    attribute: 'name',
    replaces: 'never',
    evidence: [
      'provider CHANGELOG 6.6.0: "resource/aws_cognito_resource_server: Allow `name` to be updated in-place (#41702)"; ForceNew before 6.6.0, and cogfed generates for provider 6.x.',
      'https://github.com/hashicorp/terraform-provider-aws/pull/41702',
      'https://github.com/hashicorp/terraform-provider-aws/issues/41347',
    ],
  },
  {
    resource: KIND.branding,
    attribute: 'client_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff/internal/service/cognitoidp/managed_login_branding.go (client_id: stringplanmodifier.RequiresReplace())`,
      LIMITS,
    ],
  },
  {
    resource: KIND.branding,
    attribute: 'user_pool_id',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff/internal/service/cognitoidp/managed_login_branding.go (user_pool_id: stringplanmodifier.RequiresReplace())`,
      LIMITS,
    ],
  },
  {
    resource: KIND.branding,
    attribute: 'asset',
    replaces: 'changed',
    evidence: [
      `${PROVIDER}/108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff/internal/service/cognitoidp/managed_login_branding.go (the asset block and each of its fields: RequiresReplace())`,
      LIMITS,
    ],
  },
  {
    resource: 'provider.aws',
    attribute: 'region',
    replaces: 'changed',
    evidence: [
      "A regional resource exists in one Region (https://hashicorp.github.io/terraform-provider-aws/enhanced-region-support): moving a stack to another Region creates every resource there anew; the old ones, and a pool's users, stay behind or are destroyed.",
    ],
  },
];

/** The rule that makes this change replace the resource, if any. */
export function replacingRule(
  resource: string,
  path: string,
  before: unknown,
  after: unknown,
): ReplacementRule | undefined {
  const attribute = schemaPath(path);
  const rule = REPLACEMENT_RULES.find(
    (r) =>
      r.resource === resource &&
      (attribute === r.attribute || attribute.startsWith(`${r.attribute}.`)),
  );
  if (!rule || rule.replaces === 'never' || sameValue(before, after)) return undefined;
  if (rule.replaces === 'set-unset' && isEmpty(before) === isEmpty(after)) return undefined;
  return rule;
}

/** Arguments of a resource type that replace it when their value changes (the cascade follows references through these). */
export function replacingAttributes(resource: string): string[] {
  return REPLACEMENT_RULES.filter((r) => r.resource === resource && r.replaces !== 'never').map(
    (r) => r.attribute,
  );
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
