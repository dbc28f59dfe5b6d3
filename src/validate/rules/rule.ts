import type { CogfedFile } from '../config';
import type { SourceFile } from '../../load/source';
import type { Finding } from '../finding';

/**
 * One semantic rule: a stable code, what it checks, and where AWS says so.
 * Rules run only on files whose shape the schema accepted, so they may trust
 * the types in `CogfedFile`; they return paths, never positions.
 */
export interface Rule {
  /** Stable, kebab-case; printed in diagnostics and used as the SARIF rule id. */
  code: string;
  /** One line: the constraint. */
  description: string;
  /** Where the limit comes from (oracle file and section, AWS doc URL). */
  source: string;
  check(file: CogfedFile): Finding[];
}

/** A rule over all the files of one run (e.g. stack names unique across files). */
export interface CrossFileRule {
  code: string;
  description: string;
  source: string;
  checkAll(files: ReadonlyArray<{ source: SourceFile; config: CogfedFile }>): Array<{ source: SourceFile; finding: Finding }>;
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
