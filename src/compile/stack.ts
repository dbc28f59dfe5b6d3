import { TerraformStack } from './engine';
import type {
  CognitoIdentityProvider,
  CognitoResourceServer,
  CognitoUserPoolClient,
  Construct,
} from './engine';
import type { Model, Pool } from '../model/model';
import { AddressBook } from '../model/addresses';
import { addBranding } from './branding';
import { usesHostedPages } from '../model/endpoints';
import { addClient } from './clients';
import { addDomain } from './domain';
import { addIdentityProvider } from './identity-providers';
import { addImports } from './imports';
import { addOutputs } from './outputs';
import { addBackend, addProvider } from './provider';
import { addResourceServer, serversUsedBy } from './resource-servers';
import { Secrets } from './secrets';
import { addUserPool } from './user-pool';

export interface CompileOptions {
  /**
   * The folder the stacks are synthesized into, relative to the project root
   * (default `cdktf.out`). Only the local backend's state path depends on it.
   */
  outdir?: string;
}

export const DEFAULT_OUTDIR = 'cdktf.out';

/**
 * One file's model as one Terraform stack named `model.stack`. Every resource
 * is created directly in the stack with its logical id set from the YAML keys
 * (see addresses.ts); the model is sorted, and cdktf writes JSON with sorted
 * keys, so the order of the file never reaches the output.
 */
export function compileStack(
  scope: Construct,
  model: Model,
  options: CompileOptions = {},
): TerraformStack {
  const stack = new TerraformStack(scope, model.stack);
  const book = new AddressBook(model.stack);
  addProvider(stack, model);
  addBackend(stack, model, options.outdir ?? DEFAULT_OUTDIR);
  const secrets = new Secrets(stack, book);
  for (const pool of model.pools) addPool(stack, book, secrets, model, pool);
  secrets.declareVariables();
  addImports(stack, model);
  return stack;
}

function addPool(
  stack: TerraformStack,
  book: AddressBook,
  secrets: Secrets,
  model: Model,
  pool: Pool,
): void {
  const userPool = addUserPool(stack, book, pool);
  const userPoolId = userPool.id;
  if (pool.domain) addDomain(stack, book, pool, pool.domain, userPoolId);

  const servers = new Map<string, CognitoResourceServer>();
  for (const server of pool.resourceServers)
    servers.set(server.id, addResourceServer(stack, book, pool, server, userPoolId));

  const providers = new Map<string, CognitoIdentityProvider>();
  for (const provider of pool.providers)
    providers.set(
      provider.name,
      addIdentityProvider(stack, book, secrets, pool, provider, userPoolId),
    );

  const clients = new Map<string, CognitoUserPoolClient>();
  for (const client of pool.clients) {
    const used = serversUsedBy(client, pool.resourceServers).map((server) =>
      servers.get(server.id)!,
    );
    const resource = addClient(stack, book, pool, client, { userPoolId, providers, servers: used });
    clients.set(client.id, resource);
    if (pool.domain?.managedLoginVersion === 2 && usesHostedPages(client))
      addBranding(stack, book, pool, client, userPoolId, resource.id);
  }

  addOutputs(stack, book, model, pool, { pool: userPool, clients });
}
