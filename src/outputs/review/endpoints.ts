// addresses.ts is the compile stage's naming, and loads no CDKTF (only node:crypto): safe at top level.
import { outputName } from '../../compile/addresses';
import type { Client, Domain, Model, Pool } from '../../model/model';

/**
 * The hosted endpoints of a user pool's domain, and the values an operator
 * registers at each identity provider. The one place these URLs are spelled,
 * so `review` and `diff` (domain-changed) always agree.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-userpools-oidc-flow.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */

export function baseUrl(domain: Domain): string {
  return `https://${domain.host}`;
}

/** The redirect URI every OIDC provider must allow: where the IdP sends the user back to Cognito. */
export function idpResponseUrl(domain: Domain): string {
  return `${baseUrl(domain)}/oauth2/idpresponse`;
}

/**
 * A value that exists only after `terraform apply`, written so nobody mistakes
 * it for a real one, and named after the stack output that will hold it.
 */
export function afterApply(what: string, output: string): string {
  return `<${what}: known after apply, output ${output}>`;
}

export function clientIdPlaceholder(pool: Pool, client: Client): string {
  return afterApply('client id', outputName.clientId(pool, client));
}

export function issuerUrl(model: Model, pool: Pool): string {
  return `https://cognito-idp.${model.region}.amazonaws.com/${afterApply('pool id', outputName.poolId(pool))}`;
}

/** `https://<host>/logout?client_id=…&logout_uri=…`: where an IdP's own sign-out sends the user back to end the Cognito session. */
export function signOutUrl(domain: Domain, clientId: string, logoutUrl: string): string {
  return `${baseUrl(domain)}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(logoutUrl)}`;
}

/**
 * The authorize request of a custom login page (Scalekit's flow): the app asks
 * for the user's email, then sends the browser straight to this provider with
 * `identity_provider` and `login_hint`, skipping Cognito's provider chooser.
 */
export function authorizeUrl(domain: Domain, pool: Pool, client: Client, providerName: string): string {
  const responseType = client.oauthFlows.includes('code') ? 'code' : 'token';
  const params = [
    `client_id=${clientIdPlaceholder(pool, client)}`,
    `response_type=${responseType}`,
    ...(client.oauthScopes.length > 0 ? [`scope=${encodeURIComponent(client.oauthScopes.join(' '))}`] : []),
    `redirect_uri=${encodeURIComponent(redirectUri(client) ?? '')}`,
    `identity_provider=${encodeURIComponent(providerName)}`,
    'login_hint=<user email>',
  ];
  return `${baseUrl(domain)}/oauth2/authorize?${params.join('&')}`;
}

/**
 * The callback URL an example authorize request uses: the client's default
 * redirect URI, else its first `https://` callback (the deployed app rather
 * than `http://localhost`; the model sorts URLs, so the file's order does not
 * matter), else its first callback. The same rule as the compile stage's
 * `authorize_url` outputs (src/compile/outputs.ts `authorizeRedirectUri`).
 */
export function redirectUri(client: Client): string | undefined {
  return client.defaultRedirectUri ?? client.callbackUrls.find((url) => url.startsWith('https://')) ?? client.callbackUrls[0];
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

/** Clients that use the hosted sign-in with this provider (code or implicit flow). */
export function clientsUsing(pool: Pool, providerName: string): Client[] {
  return pool.clients.filter((c) => c.identityProviders.includes(providerName) && usesHostedSignIn(c));
}

export function usesHostedSignIn(client: Client): boolean {
  return client.oauthFlows.includes('code') || client.oauthFlows.includes('implicit');
}
