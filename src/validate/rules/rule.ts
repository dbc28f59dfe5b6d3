import type { CogfedFile } from '../config';
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

/** Iterate the identity providers of every pool, with their YAML paths, in file order. */
export function* providers(file: CogfedFile) {
  for (const { id: poolId, pool, path: poolPath } of pools(file)) {
    for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
      yield { poolId, pool, poolPath, name, provider, path: [...poolPath, 'identityProviders', name] as Path };
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

/**
 * A record's own entry for a user-chosen name. `record[name]` would answer
 * for `constructor`, `toString` or `__proto__` from Object.prototype when the
 * user never wrote that name (test/robustness/object-names.test.ts).
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}
