import { isObject } from './terraform';

const PROVIDER = 'https://github.com/hashicorp/terraform-provider-aws/blob';

/**
 * Arguments the provider declares as sets, by resource type: Terraform
 * compares them without order, so a reordering plans nothing, and `diff` must
 * not call it an update. Paths are schema paths (block nesting, no indexes),
 * as `schemaPath` writes them.
 *
 * Lists are not here: their order is part of the value, so Terraform plans an
 * update when it changes, and so does `diff`. Among what cogfed writes, that
 * is `aws_cognito_identity_provider.idp_identifiers` (`TypeList`, identity_provider.go
 * @ 0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a) and `provider_details.authorize_scopes`
 * (one string in a map). The model keeps both in the file's order, so
 * reordering `identifiers` or a provider's `scopes` in the YAML is an update,
 * in Terraform as here.
 */
export const SET_ARGUMENTS: Readonly<
  Record<string, { paths: readonly string[]; evidence: string }>
> = {
  aws_cognito_user_pool: {
    paths: [
      'alias_attributes',
      'auto_verified_attributes',
      'username_attributes',
      'schema',
      'account_recovery_setting.recovery_mechanism',
    ],
    evidence: `${PROVIDER}/e33a89d079930e92c79a986c9c041c5ed5191639/internal/service/cognitoidp/user_pool.go (each Type: schema.TypeSet)`,
  },
  aws_cognito_user_pool_client: {
    paths: [
      'allowed_oauth_flows',
      'allowed_oauth_scopes',
      'callback_urls',
      'explicit_auth_flows',
      'logout_urls',
      'read_attributes',
      'supported_identity_providers',
      'write_attributes',
    ],
    evidence: `${PROVIDER}/01f431114674c27cf790fafb67ac274bf8f765e1/internal/service/cognitoidp/user_pool_client.go (each schema.SetAttribute)`,
  },
  aws_cognito_resource_server: {
    paths: ['scope'],
    evidence: `${PROVIDER}/088e0878080a74fcf1e35d901992372e4c041214/internal/service/cognitoidp/resource_server.go ("scope": Type: schema.TypeSet)`,
  },
};

/**
 * A resource's arguments with every set in one canonical order, duplicates
 * dropped (a set holds each value once), so two bodies that differ only in
 * the order of a set compare equal. Blocks of a set are ordered by their
 * `name` or `scope_name` where they have one (the item's identity), else by
 * their JSON; everything else is returned as it is.
 */
export function withSetsOrdered(
  type: string | undefined,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const sets = type ? SET_ARGUMENTS[type]?.paths : undefined;
  if (!sets) return body;
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) {
      const items = value.map((item) => walk(item, path));
      return sets.includes(path) ? canonicalSet(items) : items;
    }
    if (isObject(value))
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [key, walk(v, path ? `${path}.${key}` : key)]),
      );
    return value;
  };
  return walk(body, '') as Record<string, unknown>;
}

function canonicalSet(items: unknown[]): unknown[] {
  const unique = new Map(items.map((item) => [JSON.stringify(item), item]));
  const keyOf = (item: unknown, json: string): string => {
    const identity = isObject(item) ? (item.name ?? item.scope_name) : undefined;
    return typeof identity === 'string' ? `0${identity}` : `1${json}`;
  };
  return [...unique.entries()]
    .map(([json, item]) => ({ key: keyOf(item, json), item }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}
