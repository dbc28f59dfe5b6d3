import { PROVIDER_EVIDENCE, ProviderTypeId } from '../../src/model/providers/evidence';

/**
 * An identity provider's ProviderDetails as DescribeIdentityProvider returns
 * them once Terraform has created it from `provider_details` (compiled):
 * the keys sent, as sent, less those Cognito never returns (Apple's
 * `private_key`), plus the keys Cognito writes back for the type, with the
 * values of the API reference's "Describe response" examples
 * (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html;
 * docs/provider-evidence.md §6.3, §6.6). Secrets come back in clear, as
 * fake values no output may contain. Test-only (./derive.ts).
 */

/** Secret values the derived responses carry; no output of `cogfed import` may contain one. */
export function providerSecret(name: string): string {
  return `PROVIDER-SECRET-${name.replace(/\W/g, '')}-d0n0tleak`;
}

/** Undo compile's `literal()` escaping. */
function text(value: string): string {
  return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** By ProviderType: what Cognito adds, given what was sent (the examples' values). */
const WRITTEN_BACK: Record<string, (sent: Record<string, string>) => Record<string, string>> = {
  // OIDC: "attributes_url_add_attributes": "false" in UpdateIdentityProvider's example response.
  OIDC: () => ({ attributes_url_add_attributes: 'false' }),
  SAML: (sent) => {
    const sso = sent.MetadataFile
      ? locationOf(sent.MetadataFile, 'SingleSignOnService')
      : `${origin(sent.MetadataURL)}/sso/saml`;
    // Only when the metadata has an HTTP-Redirect SingleLogoutService (evidence.ts); a URL's is not known offline: the example's.
    const slo = sent.MetadataFile
      ? locationOf(sent.MetadataFile, 'SingleLogoutService')
      : `${origin(sent.MetadataURL)}/slo/saml`;
    return {
      ActiveEncryptionCertificate: 'MIICvTCCAaEXAMPLE',
      ...(sso ? { SSORedirectBindingURI: sso } : {}),
      ...(slo ? { SLORedirectBindingURI: slo } : {}),
    };
  },
  Google: () => ({
    attributes_url: 'https://people.googleapis.com/v1/people/me?personFields=',
    attributes_url_add_attributes: 'true',
    authorize_url: 'https://accounts.google.com/o/oauth2/v2/auth',
    oidc_issuer: 'https://accounts.google.com',
    token_request_method: 'POST',
    token_url: 'https://www.googleapis.com/oauth2/v4/token',
  }),
  Facebook: (sent) => {
    // The example's version when none is sent (§6.8: what Cognito picks then is not known).
    const version = sent.api_version ?? 'v17.0';
    return {
      attributes_url: `https://graph.facebook.com/${version}/me?fields=`,
      attributes_url_add_attributes: 'true',
      authorize_url: `https://www.facebook.com/${version}/dialog/oauth`,
      token_request_method: 'GET',
      token_url: `https://graph.facebook.com/${version}/oauth/access_token`,
    };
  },
  SignInWithApple: () => ({
    attributes_url_add_attributes: 'false',
    authorize_url: 'https://appleid.apple.com/auth/authorize',
    oidc_issuer: 'https://appleid.apple.com',
    token_request_method: 'POST',
    token_url: 'https://appleid.apple.com/auth/token',
  }),
  LoginWithAmazon: () => ({
    attributes_url: 'https://api.amazon.com/user/profile',
    attributes_url_add_attributes: 'false',
    authorize_url: 'https://www.amazon.com/ap/oa',
    token_request_method: 'POST',
    token_url: 'https://api.amazon.com/auth/o2/token',
  }),
};

/** Keys the user sets that Describe never returns, by ProviderType (evidence.ts `neverReturned`). */
function neverReturned(providerType: string): Set<string> {
  const type = (Object.keys(PROVIDER_EVIDENCE) as ProviderTypeId[]).find(
    (t) => PROVIDER_EVIDENCE[t].cognitoProviderType === providerType,
  );
  if (!type) return new Set();
  return new Set(
    Object.entries(PROVIDER_EVIDENCE[type].detailKeys)
      .filter(([, k]) => k.neverReturned)
      .map(([key]) => key),
  );
}

export function describedDetails(
  providerType: string,
  name: string,
  compiled: Record<string, string>,
): Record<string, string> {
  const hidden = neverReturned(providerType);
  const sent: Record<string, string> = {};
  for (const [key, value] of Object.entries(compiled)) {
    if (hidden.has(key)) continue;
    sent[key] = key === 'client_secret' ? providerSecret(name) : text(value);
  }
  const added = WRITTEN_BACK[providerType];
  if (!added)
    throw new Error(`derive: no Describe response shape for ProviderType ${providerType}`);
  // Describe returns the keys sorted, as in the API reference's examples.
  const all = { ...sent, ...added(sent) };
  return Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((k) => [k, all[k]]),
  );
}

function origin(url: string | undefined): string {
  return url ? new URL(url).origin : 'https://idp.example.com';
}

/** The HTTP-Redirect Location of a metadata service element (a test's metadata is simple enough for a pattern). */
function locationOf(xml: string, element: string): string | undefined {
  for (const match of xml.matchAll(new RegExp(`<(?:\\w+:)?${element}\\b[^>]*>`, 'g'))) {
    if (/Binding="urn:oasis:names:tc:SAML:2\.0:bindings:HTTP-Redirect"/.test(match[0]))
      return /Location="([^"]+)"/.exec(match[0])?.[1];
  }
  return undefined;
}
