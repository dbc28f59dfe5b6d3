import { outputPath } from '../../model/addresses';
import { usesHostedPages } from '../../model/endpoints';
import type { Client, Model, Pool } from '../../model/model';

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
  return outputPath.poolId(pool);
}

export function clientIdOutput(pool: Pool, client: Client): string {
  return outputPath.clientId(pool, client);
}

/** Clients that use the hosted sign-in with this provider (code or implicit flow). */
export function clientsUsing(pool: Pool, providerName: string): Client[] {
  return pool.clients.filter(
    (c) => c.identityProviders.includes(providerName) && usesHostedPages(c),
  );
}
