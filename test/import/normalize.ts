import type { Json } from '../compile/helpers';

/**
 * A synthesized stack reduced to what AWS would hold: each resource keyed by
 * what identifies it in Cognito (the pool, a client's name, a provider's
 * name, a resource server's identifier) instead of its Terraform address,
 * references rewritten to those keys, secrets and their data sources and
 * variables dropped (an import writes its own secret references), import
 * blocks and metadata dropped. Two stacks that create the same Cognito
 * configuration normalize to the same value, whatever their YAML keys.
 */
export function normalizeStack(stack: Json): Json {
  const canonical = new Map<string, string>();
  const resources = stack.resource as Record<string, Record<string, Json>>;
  const key = (type: string, r: Json): string => {
    switch (type) {
      case 'aws_cognito_user_pool':
        return 'POOL';
      case 'aws_cognito_user_pool_domain':
        return 'DOMAIN';
      case 'aws_cognito_resource_server':
        return `RS(${r.identifier})`;
      case 'aws_cognito_identity_provider':
        return `IDP(${r.provider_name})`;
      case 'aws_cognito_user_pool_client':
        return `CLIENT(${r.name})`;
      default:
        return '';
    }
  };
  for (const [type, byAddress] of Object.entries(resources)) {
    for (const [address, r] of Object.entries(byAddress))
      canonical.set(`${type}.${address}`, key(type, r));
  }
  // A style is known by its client.
  for (const [address, r] of Object.entries(resources.aws_cognito_managed_login_branding ?? {})) {
    const client = /^\$\{(aws_cognito_user_pool_client\.[A-Za-z0-9_-]+)\.id\}$/.exec(
      r.client_id,
    )![1];
    canonical.set(
      `aws_cognito_managed_login_branding.${address}`,
      `BRANDING(${canonical.get(client)})`,
    );
  }
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') {
      let out = value.replace(
        /\b(aws_[a-z_]+\.[A-Za-z0-9_-]+)(?=\.|$)/g,
        (m, ref: string) => canonical.get(ref) ?? m,
      );
      if (/data\.aws_|var\./.test(out)) out = '<secret reference>';
      return out;
    }
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== '//')
          .map(([k, v]) => [k, rewrite(v)]),
      );
    }
    return value;
  };
  const out: Json = {};
  for (const [type, byAddress] of Object.entries(resources)) {
    for (const [address, r] of Object.entries(byAddress)) {
      const name = canonical.get(`${type}.${address}`)!;
      const attrs = rewrite(r) as Json;
      if (Array.isArray(attrs.depends_on)) attrs.depends_on = [...attrs.depends_on].sort();
      if (Array.isArray(attrs.supported_identity_providers))
        attrs.supported_identity_providers = [...attrs.supported_identity_providers].sort();
      out[`${type} ${name}`] = attrs;
    }
  }
  return {
    provider: stack.provider,
    resources: Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))),
  };
}
