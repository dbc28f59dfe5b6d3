import { outputName } from '../../model/addresses';
import { usesHostedPages } from '../../model/endpoints';
import type { Client, Model, Pool } from '../../model/model';

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

/** Clients that use the hosted sign-in with this provider (code or implicit flow). */
export function clientsUsing(pool: Pool, providerName: string): Client[] {
  return pool.clients.filter((c) => c.identityProviders.includes(providerName) && usesHostedPages(c));
}
