import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Json } from './fields';
import { SnapshotError } from './from-folder';
import { PoolSnapshot, regionOfPoolId } from './snapshot';

type Sdk = typeof import('@aws-sdk/client-cognito-identity-provider');

/** Largest pages the API allows (ListUserPoolClients and ListIdentityProviders: 60; ListResourceServers: 50). */
const PAGE = { clients: 60, providers: 60, servers: 50 } as const;

/**
 * Reads one user pool live, with the AWS SDK for JavaScript v3: the standard
 * credential chain (environment, profile, SSO, container and instance roles),
 * the pool's region unless one is given, the SDK's standard retries (which
 * back off on TooManyRequestsException; AWS_MAX_ATTEMPTS raises the count)
 * and endpoint (AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER overrides it).
 * Every list is paged to the end. Read-only: only Describe, Get and List calls.
 *
 * The SDK is loaded here, when the command runs, so no other command pays
 * for it at start-up.
 */
export async function readLive(
  poolId: string,
  options: { region?: string } = {},
): Promise<PoolSnapshot> {
  const region = options.region ?? regionOfPoolId(poolId);
  if (!region)
    throw new SnapshotError(
      `--pool-id ${poolId} is not a user pool id (<region>_<id>, e.g. us-east-1_AbC123); give --region to read it anyway`,
    );
  // The SDK warns on Node < 22 that releases after January 2027 will need Node 22; cogfed pins a release
  // that runs on Node 20 (README, "Toolchain pins"), so the warning says nothing the user can act on.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('@aws-sdk/client-cognito-identity-provider') as Sdk;
  const client = new sdk.CognitoIdentityProviderClient({ region });
  try {
    return await read(sdk, client, poolId, region);
  } catch (error) {
    throw asSnapshotError(error, poolId);
  } finally {
    client.destroy();
  }
}

async function read(
  sdk: Sdk,
  client: CognitoIdentityProviderClient,
  poolId: string,
  region: string,
): Promise<PoolSnapshot> {
  const UserPoolId = poolId;
  const { UserPool } = await client.send(new sdk.DescribeUserPoolCommand({ UserPoolId }));
  if (!UserPool) throw new SnapshotError(`DescribeUserPool returned no pool for ${poolId}`);
  const { $metadata: _m, ...mfaConfig } = await client.send(
    new sdk.GetUserPoolMfaConfigCommand({ UserPoolId }),
  );

  const domains: Json[] = [];
  for (const Domain of [UserPool.Domain, UserPool.CustomDomain]) {
    if (!Domain) continue;
    const { DomainDescription } = await client.send(
      new sdk.DescribeUserPoolDomainCommand({ Domain }),
    );
    if (DomainDescription && Object.keys(DomainDescription).length > 0)
      domains.push(DomainDescription as Json);
  }

  const resourceServers: Json[] = [];
  for await (const page of sdk.paginateListResourceServers(
    { client, pageSize: PAGE.servers },
    { UserPoolId, MaxResults: PAGE.servers },
  )) {
    resourceServers.push(...((page.ResourceServers ?? []) as Json[]));
  }

  const providers: Json[] = [];
  for await (const page of sdk.paginateListIdentityProviders(
    { client, pageSize: PAGE.providers },
    { UserPoolId, MaxResults: PAGE.providers },
  )) {
    for (const summary of page.Providers ?? []) {
      const { IdentityProvider } = await client.send(
        new sdk.DescribeIdentityProviderCommand({ UserPoolId, ProviderName: summary.ProviderName }),
      );
      if (IdentityProvider) providers.push(IdentityProvider as Json);
    }
  }

  const clients: Json[] = [];
  for await (const page of sdk.paginateListUserPoolClients(
    { client, pageSize: PAGE.clients },
    { UserPoolId, MaxResults: PAGE.clients },
  )) {
    for (const summary of page.UserPoolClients ?? []) {
      const { UserPoolClient } = await client.send(
        new sdk.DescribeUserPoolClientCommand({ UserPoolId, ClientId: summary.ClientId }),
      );
      if (UserPoolClient) clients.push(UserPoolClient as Json);
    }
  }

  // Styles matter only where the domain runs managed login (cogfed creates them there).
  const brandings = new Map<string, Json | null>();
  if (domains.some((d) => d.ManagedLoginVersion === 2)) {
    for (const c of clients) {
      const ClientId = String(c.ClientId);
      try {
        const { ManagedLoginBranding } = await client.send(
          new sdk.DescribeManagedLoginBrandingByClientCommand({ UserPoolId, ClientId }),
        );
        brandings.set(ClientId, (ManagedLoginBranding as Json | undefined) ?? null);
      } catch (error) {
        if ((error as Error).name !== 'ResourceNotFoundException') throw error;
        brandings.set(ClientId, null);
      }
    }
  }
  return {
    source: `AWS (${region})`,
    userPool: UserPool as Json,
    mfaConfig: mfaConfig as Json,
    domains,
    resourceServers,
    providers,
    clients,
    brandings,
  };
}

/** An AWS error as one line: its name and message (which never hold a secret), and what to check. */
function asSnapshotError(error: unknown, poolId: string): Error {
  if (error instanceof SnapshotError) return error;
  const e = error as Error & { $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? 'Error';
  const hint =
    name === 'ResourceNotFoundException'
      ? ` (is ${poolId} in this account and region?)`
      : name === 'CredentialsProviderError'
        ? " (no AWS credentials: set AWS_PROFILE, run `aws sso login`, or use --from with the CLI's output)"
        : name === 'AccessDeniedException' || name === 'NotAuthorizedException'
          ? ' (the credentials need cognito-idp:Describe*, Get* and List* on the pool)'
          : '';
  return new SnapshotError(
    `reading ${poolId} from AWS failed: ${name}: ${e?.message ?? String(error)}${hint}`,
  );
}
