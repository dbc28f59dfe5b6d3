// addresses.ts is the compile stage's naming, and loads no CDKTF (only node:crypto): safe at top level.
import { outputName } from '../../model/addresses';
import { authorizeUrl as hostedAuthorizeUrl, domainBaseUrl } from '../../model/endpoints';
import type { Client, Domain, Model, Pool } from '../../model/model';

/**
 * The values an operator registers at each identity provider, as review
 * prints them: the endpoints of src/model/endpoints.ts with placeholders for
 * what exists only after apply.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html
 */


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
  return `${domainBaseUrl(domain)}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(logoutUrl)}`;
}

/** The authorize URL of a custom login page, for one client and provider (see src/model/endpoints.ts). */
export function authorizeUrl(domain: Domain, pool: Pool, client: Client, providerName: string): string {
  return hostedAuthorizeUrl(domain, client, providerName, clientIdPlaceholder(pool, client), '<user email>');
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
