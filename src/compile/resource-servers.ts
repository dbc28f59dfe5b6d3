import type { TerraformStack } from 'cdktf';
import { CognitoResourceServer } from '@cdktf/provider-aws/lib/cognito-resource-server';
import type { Client, Pool, ResourceServer } from '../model/model';
import { AddressBook, address } from '../model/addresses';
import { literal } from './expressions';

export function addResourceServer(stack: TerraformStack, book: AddressBook, pool: Pool, server: ResourceServer, userPoolId: string): CognitoResourceServer {
  const name = book.claim('aws_cognito_resource_server', address.resourceServer(pool, server));
  const resource = new CognitoResourceServer(stack, `aws_cognito_resource_server.${name}`, {
    userPoolId,
    identifier: literal(server.identifier),
    name: literal(server.name),
    // The model keeps scopes sorted by name, so the set is written in one order.
    scope: server.scopes.map((scope) => ({ scopeName: literal(scope.name), scopeDescription: literal(scope.description) })),
  });
  resource.overrideLogicalId(name);
  return resource;
}

/** The resource servers that define a scope the client is allowed (`<identifier>/<scope>`). */
export function serversUsedBy(client: Client, servers: readonly ResourceServer[]): ResourceServer[] {
  const scopes = new Set(client.oauthScopes);
  return servers.filter((server) => server.scopes.some((scope) => scopes.has(`${server.identifier}/${scope.name}`)));
}
