import { CognitoUserPoolClient, CognitoUserPoolClientConfig } from './engine';
import type { CognitoIdentityProvider, CognitoResourceServer, TerraformStack } from './engine';
import type { Client, Pool } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { declare } from './declare';
import { literal, literalList } from './expressions';

export interface ClientLinks {
  userPoolId: string;
  /** The pool's provider resources, by provider name. */
  providers: ReadonlyMap<string, CognitoIdentityProvider>;
  /** The resource servers whose scopes this client is allowed. */
  servers: readonly CognitoResourceServer[];
}

export function addClient(
  stack: TerraformStack,
  book: AddressBook,
  pool: Pool,
  client: Client,
  links: ClientLinks,
): CognitoUserPoolClient {
  const { access, id, refresh } = client.tokenValidity;
  const config: CognitoUserPoolClientConfig = {
    userPoolId: links.userPoolId,
    name: literal(client.name),
    generateSecret: client.generateSecret,
    // Written even when empty (`authFlows: []`): left out, AWS would apply its
    // default flows (SRP, refresh, custom auth), which the file turned off.
    explicitAuthFlows: literalList(client.explicitAuthFlows),
    allowedOauthFlowsUserPoolClient: client.oauthFlows.length > 0,
    // Empty lists are left out, not written as []: the provider has answered an
    // empty set with null after apply ("Provider produced inconsistent result",
    // https://github.com/hashicorp/terraform-provider-aws/issues/30268).
    ...nonEmpty('allowedOauthFlows', client.oauthFlows),
    ...nonEmpty('allowedOauthScopes', client.oauthScopes),
    ...nonEmpty('callbackUrls', client.callbackUrls),
    ...nonEmpty('logoutUrls', client.logoutUrls),
    ...(client.defaultRedirectUri
      ? { defaultRedirectUri: literal(client.defaultRedirectUri) }
      : {}),
    ...(client.identityProviders.length > 0
      ? {
          supportedIdentityProviders: client.identityProviders.map((p) =>
            providerName(p, links.providers),
          ),
        }
      : {}),
    accessTokenValidity: access.value,
    idTokenValidity: id.value,
    refreshTokenValidity: refresh.value,
    // All three units, always: an omitted unit defaults (hours, hours, days), so `30` would silently mean something else.
    tokenValidityUnits: [
      { accessToken: access.unit, idToken: id.unit, refreshToken: refresh.unit },
    ],
    // Sign-in errors do not reveal whether a user exists.
    preventUserExistenceErrors: 'ENABLED',
    enableTokenRevocation: client.enableTokenRevocation,
    ...(client.readAttributes ? { readAttributes: literalList(client.readAttributes) } : {}),
    ...(client.writeAttributes ? { writeAttributes: literalList(client.writeAttributes) } : {}),
    // A custom scope must exist before a client can be allowed it; the scopes are
    // plain strings, so Terraform cannot see that dependency by itself.
    ...(links.servers.length > 0 ? { dependsOn: [...links.servers] } : {}),
  };
  return declare(
    book,
    KIND.client,
    address.client(pool, client),
    (id) => new CognitoUserPoolClient(stack, id, config),
  );
}

/**
 * A provider the client signs in with, as a reference to the provider
 * resource's `provider_name`: Terraform then creates the provider before the
 * client. A literal name lets both start together, and the client fails with
 * "The provider X does not exist for User Pool Y"
 * (https://github.com/lgallard/terraform-aws-cognito-user-pool/issues/71).
 * `COGNITO` is the pool's own directory, not a resource.
 */
function providerName(
  name: string,
  providers: ReadonlyMap<string, CognitoIdentityProvider>,
): string {
  if (name === 'COGNITO') return name;
  const provider = providers.get(name);
  if (!provider)
    throw new Error(
      `client refers to identity provider ${JSON.stringify(name)}, which the pool does not define; validation should have rejected it`,
    );
  return provider.providerName;
}

function nonEmpty<K extends keyof CognitoUserPoolClientConfig>(
  key: K,
  list: readonly string[],
): Partial<CognitoUserPoolClientConfig> {
  return list.length > 0
    ? ({ [key]: literalList(list) } as Partial<CognitoUserPoolClientConfig>)
    : {};
}
