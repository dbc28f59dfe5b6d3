import { CognitoIdentityProvider } from './engine';
import type { TerraformStack } from './engine';
import type { OidcProvider, Pool } from '../model/model';
import { AddressBook, address } from '../model/addresses';
import { literal, literalList, literalMap } from './expressions';
import type { Secrets } from './secrets';

/** `provider_details` keys for the endpoints of an IdP without discovery, by the model's names. */
const ENDPOINT_KEYS = { authorize: 'authorize_url', token: 'token_url', userInfo: 'attributes_url', jwks: 'jwks_uri' } as const;

export function addIdentityProvider(stack: TerraformStack, book: AddressBook, secrets: Secrets, pool: Pool, provider: OidcProvider, userPoolId: string): CognitoIdentityProvider {
  const name = book.claim('aws_cognito_identity_provider', address.provider(pool, provider));
  const clientSecret = secrets.reference(provider.clientSecret, address.providerSecret(pool, provider), `Client secret of the OIDC provider ${provider.name} (user pool ${pool.id})`);
  const endpoints = Object.entries(ENDPOINT_KEYS).flatMap(([field, key]) => {
    const url = provider.endpoints?.[field as keyof typeof ENDPOINT_KEYS];
    return url ? [[key, literal(url)] as const] : [];
  });
  const resource = new CognitoIdentityProvider(stack, `aws_cognito_identity_provider.${name}`, {
    userPoolId,
    providerName: literal(provider.name),
    providerType: 'OIDC',
    providerDetails: {
      client_id: literal(provider.clientId),
      client_secret: clientSecret,
      // OIDC's scope parameter is space-separated; the file's order is kept (the IdP may care).
      authorize_scopes: literal(provider.scopes.join(' ')),
      attributes_request_method: provider.attributesRequestMethod,
      oidc_issuer: literal(provider.issuer),
      ...Object.fromEntries(endpoints),
    },
    attributeMapping: literalMap(provider.attributeMapping),
    ...(provider.identifiers.length > 0 ? { idpIdentifiers: literalList(provider.identifiers) } : {}),
    lifecycle: { ignoreChanges: ignoredDetails(provider) },
  });
  resource.overrideLogicalId(name);
  return resource;
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
export function ignoredDetails(provider: OidcProvider): string[] {
  const unset = Object.entries(ENDPOINT_KEYS)
    .filter(([field]) => !provider.endpoints?.[field as keyof typeof ENDPOINT_KEYS])
    .map(([, key]) => key);
  return ['attributes_url_add_attributes', ...unset].sort().map((key) => `provider_details["${key}"]`);
}
