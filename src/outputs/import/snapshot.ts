import type { Json } from './fields';

/**
 * Everything `cogfed import` reads about one user pool, as the Cognito API
 * returns it (the objects inside the responses: `UserPool`, `UserPoolClient`,
 * ...). Both sources fill it: the live SDK (`from-aws.ts`) and a folder of
 * AWS CLI output (`from-folder.ts`).
 */
export interface PoolSnapshot {
  /** Where it came from, for messages: `AWS (us-east-1)` or the folder. */
  source: string;
  /** DescribeUserPool: `UserPool`. */
  userPool: Json;
  /** GetUserPoolMfaConfig, the whole response; absent when not read. */
  mfaConfig?: Json;
  /** DescribeUserPoolDomain: `DomainDescription`, one per domain of the pool (prefix and custom). */
  domains: Json[];
  /** ListResourceServers: `ResourceServers`, every page. */
  resourceServers: Json[];
  /** DescribeIdentityProvider: `IdentityProvider`, one per provider that ListIdentityProviders named. */
  providers: Json[];
  /** DescribeUserPoolClient: `UserPoolClient`, one per client that ListUserPoolClients named. */
  clients: Json[];
  /**
   * DescribeManagedLoginBrandingByClient: client id → `ManagedLoginBranding`,
   * or null when the client has no style. A client absent from the map was
   * not asked about.
   */
  brandings: Map<string, Json | null>;
}

/** The region of a pool, from its id (`us-east-1_AbC123`). */
export function regionOfPoolId(poolId: string): string | undefined {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)_/.exec(poolId);
  return match?.[1];
}
