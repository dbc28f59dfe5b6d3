import type { CogfedFile, IdentityProviderConfig, ProviderTypeId, SecretRef } from '../config';
import type { SourceFile } from '../../load/source';
import type { Finding } from '../finding';

/** What a rule reports: a path, a message and a hint. The engine stamps the rule's code. */
export type RuleFinding = Omit<Finding, 'code'>;

/**
 * One semantic rule: a stable code, what it checks, and where AWS says so.
 * Rules run only on files whose shape the schema accepted, so they may trust
 * the types in `CogfedFile`; they return paths, never positions.
 */
export interface Rule<C extends string = string> {
  /** Stable, kebab-case; printed in diagnostics and used as the SARIF rule id. */
  code: C;
  /** One line: the constraint. */
  description: string;
  /** Where the limit comes from (AWS documentation URL, docs/aws-limits.md section). */
  source: string;
  check(file: CogfedFile): RuleFinding[];
}

/** A rule over all the files of one run (e.g. stack names unique across files). */
export interface CrossFileRule<C extends string = string> {
  code: C;
  description: string;
  source: string;
  checkAll(files: ReadonlyArray<{ source: SourceFile; config: CogfedFile }>): Array<{ source: SourceFile; finding: RuleFinding }>;
}

/** A rule, with its code kept as a literal type (so the codes form a closed union). */
export function defineRule<const C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}

export function defineCrossFileRule<const C extends string>(rule: CrossFileRule<C>): CrossFileRule<C> {
  return rule;
}

/** Iterate pools with their YAML paths, in file order. */
export function* pools(file: CogfedFile) {
  for (const [id, pool] of Object.entries(file.userPools ?? {})) yield { id, pool, path: ['userPools', id] as Array<string | number> };
}

/** A YAML path under construction. */
export type Path = Array<string | number>;

/**
 * Iterate the identity providers of every pool, with their YAML paths, in
 * file order; given types, only the providers of those types (a rule about
 * OIDC issuers looks at OIDC providers only).
 */
export function* providers<T extends ProviderTypeId = ProviderTypeId>(file: CogfedFile, ...types: T[]) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
      if (types.length > 0 && !types.includes(provider.type as T)) continue;
      yield { poolId, pool, poolPath, name, provider: provider as Extract<IdentityProviderConfig, { type: T }>, path: [...poolPath, 'identityProviders', name] as Path };
    }
  }
}

/** The social provider types: Cognito names each after its type (`Google`, …). */
export const SOCIAL_TYPES = ['google', 'facebook', 'apple', 'amazon'] as const;

/** A provider's identifiers (only OIDC and SAML have them). */
export function identifiersOf(provider: IdentityProviderConfig): string[] {
  return provider.type === 'oidc' || provider.type === 'saml' ? (provider.identifiers ?? []) : [];
}

/** A provider's secret references, by the YAML key that holds each (`clientSecret`, Apple's `privateKey`). */
export function secretsOf(provider: IdentityProviderConfig): Array<{ key: string; secret: SecretRef }> {
  if (provider.type === 'saml') return [];
  if (provider.type === 'apple') return [{ key: 'privateKey', secret: provider.privateKey }];
  return [{ key: 'clientSecret', secret: provider.clientSecret }];
}

/** Iterate the app clients of every pool, with their YAML paths, in file order. */
export function* clients(file: CogfedFile) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [id, client] of Object.entries(pool.clients ?? {})) {
      yield { poolId, pool, poolPath, id, client, path: [...poolPath, 'clients', id] as Path };
    }
  }
}
