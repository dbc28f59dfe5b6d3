// addresses.ts is the compile stage's naming, and loads no CDKTF (only node:crypto): safe at top level.
import { outputName } from '../../compile/addresses';
import { authorizeUrl as hostedAuthorizeUrl, domainBaseUrl } from '../../model/endpoints';
import type { Client, Domain, Model, Pool } from '../../model/model';

/**
 * The values an operator registers at each identity provider, as review
 * prints them: the endpoints of src/model/endpoints.ts with placeholders for
 * what exists only after apply.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 */


/**
 * Values that exist only after `terraform apply` are written in URLs as
 * spaceless placeholders, so a URL can be copied as it is (a space would end
 * it in most terminals and chat tools); the review says beside it which stack
 * output holds the value.
 */
export const CLIENT_ID = '{client_id}';
export const USER_POOL_ID = '{user_pool_id}';
/** What a custom login page fills in (URL-encoded) as `login_hint`. */
export const EMAIL = '{email}';

export function issuerUrl(model: Model): string {
  return `https://cognito-idp.${model.region}.amazonaws.com/${USER_POOL_ID}`;
}

export function poolIdOutput(pool: Pool): string {
  return outputName.poolId(pool);
}

export function clientIdOutput(pool: Pool, client: Client): string {
  return outputName.clientId(pool, client);
}

/** `https://<host>/logout?client_id=…&logout_uri=…`: where an IdP's own sign-out sends the user back to end the Cognito session. */
export function signOutUrl(domain: Domain, clientId: string, logoutUrl: string): string {
  return `${domainBaseUrl(domain)}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(logoutUrl)}`;
}

/** The authorize URL of a custom login page, for one client and provider (see src/model/endpoints.ts). */
export function authorizeUrl(domain: Domain, client: Client, providerName: string): string {
  return hostedAuthorizeUrl(domain, client, providerName, CLIENT_ID, EMAIL);
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
