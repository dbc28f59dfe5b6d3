import { TerraformOutput, TerraformStack } from 'cdktf';
import type { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
import type { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
import type { Client, Model, OidcProvider, Pool } from '../model/model';
import { AddressBook, outputName } from './addresses';
import { literal } from './expressions';

/** The placeholder in authorize URLs that the app replaces with the user's URL-encoded email. */
export const LOGIN_HINT_PLACEHOLDER = '<email>';

export interface PoolResources {
  pool: CognitoUserPool;
  clients: ReadonlyMap<string, CognitoUserPoolClient>;
}

/**
 * What an operator needs after apply, as stack outputs: ids to configure
 * apps with, and the URLs to register at each IdP. None is sensitive (a
 * client id is public: browsers send it), so none hides a secret.
 */
export function addOutputs(stack: TerraformStack, book: AddressBook, model: Model, pool: Pool, resources: PoolResources): void {
  const output = (name: string, value: string, description: string) => {
    book.claim('output', name);
    const element = new TerraformOutput(stack, `output.${name}`, { value, description: literal(description) });
    element.overrideLogicalId(name);
  };

  output(outputName.poolId(pool), resources.pool.id, `Id of the user pool ${pool.id} (${pool.name})`);
  output(outputName.poolArn(pool), resources.pool.arn, `ARN of the user pool ${pool.id}`);
  output(
    outputName.issuerUrl(pool),
    `https://cognito-idp.${literal(model.region)}.amazonaws.com/${resources.pool.id}`,
    `Token issuer (iss) of the user pool ${pool.id}; its OIDC discovery document is at <issuer>/.well-known/openid-configuration`,
  );
  for (const client of pool.clients) {
    output(outputName.clientId(pool, client), resources.clients.get(client.id)!.id, `Client id of the app client ${client.id}${client.name === client.id ? '' : ` (${client.name})`}`);
  }

  const host = pool.domain?.host;
  if (host === undefined) return;
  const base = `https://${literal(host)}`;
  output(outputName.domainUrl(pool), base, `Base URL of the sign-in domain of the user pool ${pool.id}`);
  for (const provider of pool.providers) {
    output(
      outputName.idpRedirectUri(pool, provider),
      `${base}/oauth2/idpresponse`,
      `Redirect URI to register at the identity provider ${provider.name} (its allowed callback URL for the client ${provider.clientId})`,
    );
  }
  for (const client of pool.clients) {
    const redirectUri = authorizeRedirectUri(client);
    if (!client.oauthFlows.includes('code') || redirectUri === undefined) continue;
    for (const provider of pool.providers.filter((p) => client.identityProviders.includes(p.name))) {
      output(
        outputName.authorizeUrl(pool, client, provider),
        authorizeUrl(base, resources.clients.get(client.id)!.id, client, provider, redirectUri),
        `Sign-in URL of the app client ${client.id} that goes straight to ${provider.name}: replace ${LOGIN_HINT_PLACEHOLDER} with the user's URL-encoded email (or drop login_hint), and add state and PKCE parameters as your OAuth library does`,
      );
    }
  }
}

/**
 * `/oauth2/authorize` for the code flow, straight to one IdP. The static parts
 * are URL-encoded here, at compile time; only the client id is a Terraform
 * reference.
 */
function authorizeUrl(base: string, clientId: string, client: Client, provider: OidcProvider, redirectUri: string): string {
  const query = [
    `client_id=${clientId}`,
    'response_type=code',
    ...(client.oauthScopes.length > 0 ? [`scope=${encode(client.oauthScopes.join(' '))}`] : []),
    `redirect_uri=${encode(redirectUri)}`,
    `identity_provider=${encode(provider.name)}`,
    `login_hint=${LOGIN_HINT_PLACEHOLDER}`,
  ];
  return `${base}/oauth2/authorize?${query.join('&')}`;
}

/**
 * The callback the sample URL returns to: the client's default redirect URI,
 * else its first `https://` callback (the deployed app rather than
 * `http://localhost`), else its first callback. The model sorts callbacks,
 * so the choice does not depend on the file's order.
 */
export function authorizeRedirectUri(client: Client): string | undefined {
  return client.defaultRedirectUri ?? client.callbackUrls.find((url) => url.startsWith('https://')) ?? client.callbackUrls[0];
}

function encode(text: string): string {
  return literal(encodeURIComponent(text));
}
