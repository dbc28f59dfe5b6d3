import { CognitoResourceServer } from './engine';
import type { TerraformStack } from './engine';
import type { Client, Pool, ResourceServer } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { declare } from './declare';
import { literal } from './expressions';

export function addResourceServer(
  stack: TerraformStack,
  book: AddressBook,
  pool: Pool,
  server: ResourceServer,
  userPoolId: string,
): CognitoResourceServer {
  return declare(
    book,
    KIND.resourceServer,
    address.resourceServer(pool, server),
    (id) =>
      new CognitoResourceServer(stack, id, {
        userPoolId,
        identifier: literal(server.identifier),
        name: literal(server.name),
        // The model keeps scopes sorted by name, so the set is written in one order.
        scope: server.scopes.map((scope) => ({
          scopeName: literal(scope.name),
          scopeDescription: literal(scope.description),
        })),
      }),
  );
}

/** The resource servers that define a scope the client is allowed (`<identifier>/<scope>`). */
export function serversUsedBy(
  client: Client,
  servers: readonly ResourceServer[],
): ResourceServer[] {
  const scopes = new Set(client.oauthScopes);
  return servers.filter((server) =>
    server.scopes.some((scope) => scopes.has(`${server.identifier}/${scope.name}`)),
  );
}
