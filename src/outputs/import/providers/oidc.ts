import { DEFAULTS } from '../../../model/defaults';
import type { IdentityProviderConfig, OidcEndpointsConfig } from '../../../validate/config';
import type { ProviderMapping } from './types';

/** `provider_details` endpoint keys, by the YAML's names (src/compile/identity-providers.ts writes the same). */
const ENDPOINT_KEYS = {
  authorize: 'authorize_url',
  token: 'token_url',
  userInfo: 'attributes_url',
  jwks: 'jwks_uri',
} as const;

/**
 * OIDC providers. ProviderDetails keys:
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html
 * (docs/provider-evidence.md §1.1).
 */
export const oidc: ProviderMapping = {
  providerType: 'OIDC',
  map(details, mapping, context) {
    // The client secret comes back in clear: only its presence is looked at, and the file gets a reference.
    const hasSecret = typeof details.get('client_secret') === 'string';
    if (!hasSecret) {
      context.note(
        'ProviderDetails.client_secret',
        '(none)',
        'reverted',
        'cogfed always sends a client secret for an OIDC provider; Cognito then uses the one in the referenced secret',
      );
    }
    // Set by Cognito and read-only; cogfed ignores it in `lifecycle.ignore_changes` (src/compile/identity-providers.ts).
    details.skip('attributes_url_add_attributes');

    const endpointValues = Object.entries(ENDPOINT_KEYS).map(
      ([field, key]) => [field, details.get<string>(key)] as const,
    );
    const given = endpointValues.filter(([, url]) => url !== undefined);
    let endpoints: OidcEndpointsConfig | undefined;
    if (given.length === endpointValues.length) {
      endpoints = Object.fromEntries(given) as OidcEndpointsConfig;
    } else if (given.length > 0) {
      // cogfed writes all four or none (oidc-endpoints); an endpoint key the file does not set is in ignore_changes.
      for (const [field] of given) {
        context.note(
          `ProviderDetails.${ENDPOINT_KEYS[field as keyof typeof ENDPOINT_KEYS]}`,
          details.value[ENDPOINT_KEYS[field as keyof typeof ENDPOINT_KEYS]],
          'kept',
          'only some endpoints are set (cogfed writes all four or none); cogfed ignores the endpoint keys a file does not set (lifecycle.ignore_changes), so Terraform leaves it',
        );
      }
    }

    const method = details.get<string>('attributes_request_method') ?? 'GET';
    const attributeMapping: Record<string, string> = {};
    for (const key of Object.keys(mapping.value).sort())
      attributeMapping[key] = mapping.get<string>(key)!;
    if (attributeMapping.username === undefined) {
      context.note(
        'AttributeMapping.username',
        '(none)',
        'added',
        `cogfed maps \`username\` from \`${DEFAULTS.usernameClaim}\` unless the file says otherwise`,
      );
    } else if (attributeMapping.username === DEFAULTS.usernameClaim)
      delete attributeMapping.username;

    const config: Omit<IdentityProviderConfig, 'importId' | 'identifiers'> = {
      type: 'oidc',
      issuer: details.get<string>('oidc_issuer') ?? '',
      clientId: details.get<string>('client_id') ?? '',
      clientSecret: context.secret('client_secret'),
      scopes: (details.get<string>('authorize_scopes') ?? '').split(/\s+/).filter(Boolean),
      ...(method !== 'GET' ? { attributesRequestMethod: method as 'GET' | 'POST' } : {}),
      ...(Object.keys(attributeMapping).length > 0 ? { attributeMapping } : {}),
      ...(endpoints ? { endpoints } : {}),
    };
    // Any other key would be removed: provider_details is one map in the configuration.
    return config;
  },
};
