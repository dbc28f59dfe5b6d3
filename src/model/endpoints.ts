import type { Client, DomainHost } from './model';

/**
 * The hosted endpoints of a user pool's domain: the one place their URLs are
 * spelled, so the stack outputs (compile), `cogfed review` and the hazards of
 * `cogfed diff` always agree.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-userpools-oidc-flow.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */

/** `escape` protects static text where the caller needs it (Terraform string templates); values are inserted as given. */
type Escape = (text: string) => string;
const asIs: Escape = (text) => text;

export function domainBaseUrl(domain: DomainHost, escape: Escape = asIs): string {
  return `https://${escape(domain.host)}`;
}

/** `https://<host>/logout?client_id=…&logout_uri=…`: where an IdP's own sign-out sends the user back to end the Cognito session. */
export function signOutUrl(domain: DomainHost, clientId: string, logoutUrl: string): string {
  return `${domainBaseUrl(domain)}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(logoutUrl)}`;
}

/** `scheme://host[:port]` of each http(s) URL, deduplicated and sorted (CORS "allowed web origins"). Custom schemes have no web origin. */
export function webOrigins(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') origins.add(parsed.origin);
    } catch {
      // Validation has accepted every URL; a custom scheme without a host is simply not a web origin.
    }
  }
  return [...origins].sort();
}

/** A client that signs users in through the domain's pages (hosted UI or managed login): the code or implicit flow. */
export function usesHostedPages(client: Client): boolean {
  return client.oauthFlows.includes('code') || client.oauthFlows.includes('implicit');
}

/** The redirect URI every OIDC provider must allow: where the IdP sends the user back to Cognito. */
export function idpResponseUrl(domain: DomainHost, escape: Escape = asIs): string {
  return `${domainBaseUrl(domain, escape)}/oauth2/idpresponse`;
}

/**
 * `https://<host>/oauth2/token`: where apps exchange an authorization code or
 * client credentials for tokens.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export function tokenEndpoint(domain: DomainHost, escape: Escape = asIs): string {
  return `${domainBaseUrl(domain, escape)}/oauth2/token`;
}

/**
 * The callback an example authorize request returns to: the client's default
 * redirect URI, else its first `https://` callback (the deployed app rather
 * than `http://localhost`), else its first callback. The model sorts
 * callbacks, so the choice does not depend on the file's order.
 */
export function authorizeRedirectUri(client: Client): string | undefined {
  return (
    client.defaultRedirectUri ??
    client.callbackUrls.find((url) => url.startsWith('https://')) ??
    client.callbackUrls[0]
  );
}

/**
 * The authorize request of a custom login page (Scalekit's flow): the app asks
 * for the user's email, then sends the browser straight to one provider with
 * `identity_provider` and `login_hint`, skipping Cognito's provider chooser.
 * `clientId` and `loginHint` are inserted as given (a Terraform reference, a
 * placeholder); everything else is URL-encoded, which also leaves no `${` for
 * Terraform to read.
 */
export function authorizeUrl(
  domain: DomainHost,
  client: Client,
  providerName: string,
  clientId: string,
  loginHint: string,
  escape: Escape = asIs,
): string {
  const query = [
    `client_id=${clientId}`,
    `response_type=${client.oauthFlows.includes('code') ? 'code' : 'token'}`,
    ...(client.oauthScopes.length > 0
      ? [`scope=${encodeURIComponent(client.oauthScopes.join(' '))}`]
      : []),
    `redirect_uri=${encodeURIComponent(authorizeRedirectUri(client) ?? '')}`,
    `identity_provider=${encodeURIComponent(providerName)}`,
    `login_hint=${loginHint}`,
  ];
  return `${domainBaseUrl(domain, escape)}/oauth2/authorize?${query.join('&')}`;
}

/**
 * SAML: the Assertion Consumer Service, where the IdP posts its response
 * (POST binding). https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html
 */
export function samlAcsUrl(domain: DomainHost, escape: Escape = asIs): string {
  return `${domainBaseUrl(domain, escape)}/saml2/idpresponse`;
}

/** SAML: where the IdP sends its LogoutResponse (HTTP POST) when Cognito signs the user out through it. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html */
export function samlLogoutUrl(domain: DomainHost, escape: Escape = asIs): string {
  return `${domainBaseUrl(domain, escape)}/saml2/logout`;
}

/** SAML: the pool's SP entity ID, the audience the IdP's assertions name. https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-integrating-3rd-party-saml-providers.html */
export function samlEntityId(userPoolId: string): string {
  return `urn:amazon:cognito:sp:${userPoolId}`;
}
