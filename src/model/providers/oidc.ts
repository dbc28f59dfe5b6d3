import { DEFAULTS } from '../defaults';
import { authorizeUrl, idpResponseUrl, signOutUrl, webOrigins } from '../endpoints';
import type { OidcProvider } from '../model';
import { sortedRecord, stripUndefined } from '../records';
import type { ProviderTypeModule, RegistrationContext, RegistrationItem } from './types';

/** `provider_details` keys for the endpoints of an IdP without discovery, by the model's names. */
const ENDPOINT_KEYS = {
  authorize: 'authorize_url',
  token: 'token_url',
  userInfo: 'attributes_url',
  jwks: 'jwks_uri',
} as const;

/**
 * OpenID Connect: any IdP with an issuer and discovery document (Scalekit,
 * Beyond Identity, Auth0, Okta, Entra ID over OIDC).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-idp.html
 */
export const oidc: ProviderTypeModule<OidcProvider> = {
  type: 'oidc',
  label: 'OIDC',

  build(name, config) {
    return {
      type: 'oidc',
      name,
      ...(config.importId ? { importId: config.importId } : {}),
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      scopes: [...config.scopes],
      attributesRequestMethod: config.attributesRequestMethod ?? 'GET',
      identifiers: [...(config.identifiers ?? [])],
      attributeMapping: sortedRecord({
        username: DEFAULTS.usernameClaim,
        ...(config.attributeMapping ?? {}),
      }),
      ...(config.endpoints ? { endpoints: stripUndefined({ ...config.endpoints }) } : {}),
    };
  },

  terraform(provider) {
    const endpoints = Object.entries(ENDPOINT_KEYS).flatMap(([field, key]) => {
      const url = provider.endpoints?.[field as keyof typeof ENDPOINT_KEYS];
      return url ? [[key, { text: url }] as const] : [];
    });
    return {
      providerType: 'OIDC',
      details: {
        client_id: { text: provider.clientId },
        client_secret: {
          secret: provider.clientSecret,
          id: 'client_secret',
          purpose: `Client secret of the OIDC provider ${provider.name}`,
        },
        // OIDC's scope parameter is space-separated; the file's order is kept (the IdP may care).
        authorize_scopes: { text: provider.scopes.join(' ') },
        attributes_request_method: { text: provider.attributesRequestMethod },
        oidc_issuer: { text: provider.issuer },
        ...Object.fromEntries(endpoints),
      },
      ignoredDetails: ignoredDetails(provider),
    };
  },

  reviewRows(provider) {
    return [
      { label: 'Issuer', value: { code: provider.issuer } },
      { label: 'Client id', value: { code: provider.clientId } },
      { label: 'Client secret', value: { secret: provider.clientSecret } },
      { label: 'Scopes', value: { code: provider.scopes.join(' ') } },
      { label: 'Attributes request method', value: { text: provider.attributesRequestMethod } },
      { label: 'Identifiers (email domains routed here)', value: { codes: provider.identifiers } },
      {
        label: 'Endpoints',
        value: provider.endpoints
          ? { pairs: Object.entries(provider.endpoints) }
          : { text: "discovered from the issuer's `/.well-known/openid-configuration`" },
      },
    ];
  },

  registration(provider, context) {
    return oauthRegistration(provider.name, context);
  },

  // The same IdP application: same issuer and client id.
  sameIdentity(before, after) {
    return before.issuer === after.issuer && before.clientId === after.clientId;
  },
};

/**
 * What an OAuth-based IdP (OIDC, and the social providers) registers for
 * Cognito: the redirect URI, the web origins, where its sign-out sends users
 * back, and, for a custom login page, the authorize URL that goes straight to
 * this provider.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 */
export function oauthRegistration(
  providerName: string,
  context: RegistrationContext,
): RegistrationItem[] {
  const { domain, clients } = context;
  return [
    { label: 'Redirect URI (allowed callback URL)', values: [{ value: idpResponseUrl(domain) }] },
    {
      label: 'Allowed web origins',
      values: webOrigins(clients.flatMap((c) => c.callbackUrls)).map((value) => ({ value })),
    },
    {
      label: 'Sign-out URLs (allowed logout URLs)',
      values: clients.flatMap((client): RegistrationItem['values'] =>
        client.logoutUrls.length === 0
          ? [{ client: client.id, note: 'none (the client has no `logoutUrls`)' }]
          : client.logoutUrls.map((url) => ({
              client: client.id,
              value: signOutUrl(domain, context.clientId(client), url),
            })),
      ),
    },
    {
      label: `Authorize URLs for a custom login page (\`identity_provider\` and \`login_hint\`; the page puts the user's email, URL-encoded, in place of \`${context.loginHint}\`)`,
      values: clients.map((client) => ({
        client: client.id,
        value: authorizeUrl(
          domain,
          client,
          providerName,
          context.clientId(client),
          context.loginHint,
        ),
      })),
    },
  ];
}

/**
 * The `provider_details` keys Cognito owns, which a plan must not try to remove.
 *
 * - `attributes_url_add_attributes`: AWS documents it as set by Cognito and
 *   read-only, and DescribeIdentityProvider returns it for OIDC providers
 *   ("attributes_url_add_attributes": "false") although nobody sent it.
 *   https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html
 *   The provider's diff suppression covers only Google and SAML defaults, not
 *   OIDC (internal/service/cognitoidp/identity_provider.go, PR
 *   https://github.com/hashicorp/terraform-provider-aws/pull/48121), so without
 *   this every plan shows `- attributes_url_add_attributes = "false"`.
 * - The endpoint keys the file does not set (`authorize_url`, `token_url`,
 *   `attributes_url`, `jwks_uri`). The evidence conflicts: AWS's older model
 *   text says they are "only present if Amazon Cognito didn't discover them",
 *   while modules and configurations in use report that Cognito writes the
 *   discovered endpoints back, e.g. the OIDC discovery fields ignored in
 *   https://github.com/lgallard/terraform-aws-cognito-user-pool/pull/371 and
 *   the Google/OIDC drift in
 *   https://github.com/hashicorp/terraform-provider-aws/issues/4831 and
 *   https://github.com/hashicorp/terraform-provider-aws/issues/42157.
 *   Ignoring a key that is in neither config nor state changes nothing, while
 *   a write-back would otherwise plan a change on every run, so they are
 *   ignored. A key the file sets is never ignored, so edits to it still plan.
 *
 * Full evidence: docs/provider-evidence.md §1.
 *
 * Never ignored: client_id, client_secret, authorize_scopes, oidc_issuer,
 * attributes_request_method (the user owns them; ignoring would hide edits).
 */
function ignoredDetails(provider: OidcProvider): string[] {
  const unset = Object.entries(ENDPOINT_KEYS)
    .filter(([field]) => !provider.endpoints?.[field as keyof typeof ENDPOINT_KEYS])
    .map(([, key]) => key);
  return ['attributes_url_add_attributes', ...unset].sort();
}
