import type { CogfedFile } from '../config';
import type { SourceFile } from '../../load/source';
import type { Finding } from '../finding';
import type { Part } from '../parts';

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
  ): Array<{ source: SourceFile; finding: RuleFinding }>;
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

/** Iterate the identity providers of every pool, with their YAML paths, in file order. */
export function* providers(file: CogfedFile) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
      yield {
        poolId,
        pool,
        poolPath,
        name,
        provider,
        path: [...poolPath, 'identityProviders', name] as Path,
      };
    }
  }
}

/** Iterate the app clients of every pool, with their YAML paths, in file order. */
export function* clients(file: CogfedFile) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [id, client] of Object.entries(pool.clients ?? {})) {
      yield { poolId, pool, poolPath, id, client, path: [...poolPath, 'clients', id] as Path };
    }
  }
}
