import type { CogfedFile, IdentityProviderConfig, ProviderTypeId, SecretRef } from '../config';
import type { SourceFile } from '../../load/source';
import type { Finding } from '../finding';
import type { Part } from '../parts';
import type { StackDocument, TenantDocument } from '../assemble';

/** What a rule reports: a path, a message and a hint. The engine stamps the rule's code. */
export type RuleFinding = Omit<Finding, 'code'>;

/**
 * One semantic rule: a stable code, what it checks, and where AWS says so.
 * A rule declares the part of the file it checks (`part`) and what it reads
 * (`reads`); the engine (src/validate/parts.ts) runs it on every part whose
 * reads have no schema error, even when other parts of the file have one. So
 * a rule may trust the types in `CogfedFile` for what it declares, and must
 * read nothing else. Rules return paths, never positions.
 */
export interface Rule<C extends string = string> {
  /** Stable, kebab-case; printed in diagnostics and used as the SARIF rule id. */
  code: C;
  /** One line: the constraint. */
  description: string;
  /** Where the limit comes from (AWS documentation URL, docs/aws-limits.md section). */
  source: string;
  /** What one check covers: the whole file, or each pool, provider, client or resource server. */
  part: Part;
  /**
   * The paths it reads, relative to the part (`issuer`, `oauth.flows`), its pool
   * (`pool:tier`) or the file (`file:stack`); `*` is any key or index, and a
   * trailing `@keys` reads a mapping's keys only. The part's own key is always readable.
   * A rule that checks the type of everything it reads itself declares no reads
   * (url-userinfo: a password is reported whatever else is wrong with the file).
   */
  reads: readonly string[];
  check(file: CogfedFile): RuleFinding[];
}

/** A rule over all the files of one run (e.g. stack names unique across files). */
export interface CrossFileRule<C extends string = string> {
  code: C;
  description: string;
  source: string;
  /** What it reads of each file (relative to the file); a file whose reads have a schema error is left out. */
  reads: readonly string[];
  checkAll(
    files: ReadonlyArray<{ source: SourceFile; config: CogfedFile }>,
    estate: Estate,
  ): Array<{ source: SourceFile; finding: RuleFinding }>;
}

/** The whole estate, for rules across files: the tenant files and every assembled stack (src/validate/assemble). */
export interface Estate {
  tenants: readonly TenantDocument[];
  stacks: readonly StackDocument[];
}

/** A rule, with its code kept as a literal type (so the codes form a closed union). */
export function defineRule<const C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}

export function defineCrossFileRule<const C extends string>(
  rule: CrossFileRule<C>,
): CrossFileRule<C> {
  return rule;
}

/** Iterate pools with their YAML paths, in file order. */
export function* pools(file: CogfedFile) {
  for (const [id, pool] of Object.entries(file.userPools ?? {}))
    yield { id, pool, path: ['userPools', id] as Array<string | number> };
}

/** A YAML path under construction. */
export type Path = Array<string | number>;

/**
 * Iterate the identity providers of every pool, with their YAML paths, in
 * file order; given types, only the providers of those types (a rule about
 * OIDC issuers looks at OIDC providers only).
 */
export function* providers<T extends ProviderTypeId = ProviderTypeId>(
  file: CogfedFile,
  ...types: T[]
) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
      if (types.length > 0 && !types.includes(provider.type as T)) continue;
      yield {
        poolId,
        pool,
        poolPath,
        name,
        provider: provider as Extract<IdentityProviderConfig, { type: T }>,
        path: [...poolPath, 'identityProviders', name] as Path,
      };
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
export function secretsOf(
  provider: IdentityProviderConfig,
): Array<{ key: string; secret: SecretRef }> {
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

/**
 * A record's own entry for a user-chosen name. `record[name]` would answer
 * for `constructor`, `toString` or `__proto__` from Object.prototype when the
 * user never wrote that name (test/robustness/object-names.test.ts).
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  name: string,
): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, name)
    ? record[name]
    : undefined;
}
