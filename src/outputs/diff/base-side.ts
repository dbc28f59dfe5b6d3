import { byPosition, Diagnostic } from '../../load/diagnostic';
import { buildModel } from '../../model/build';
import type { StackInput } from '../../model/pipeline';
import { validateContents } from '../../validate';
import type { GitRepo } from './git';
import type { BaseFile } from './inputs';
import { gitReader } from './related';

export interface BaseSide {
  /** The files that validate at the base, modelled. */
  stacks: StackInput[];
  /** What does not validate at the base: absent when every file does. */
  problems?: BaseProblems;
}

/**
 * Base files that do not validate, which a change may be fixing. Nothing was
 * deployable from them at the base (synth refuses them), so they are not
 * compared; their errors are notes for the reviewer, never this change's
 * failure. `file` of each finding is the path as the head names it (what a
 * reviewer sees in the pull request); the renderers add `(at REF)`.
 */
export interface BaseProblems {
  ref: string;
  files: string[];
  findings: Diagnostic[];
}

/** `config/acme.yaml (at main)`: a base file, by the name a reviewer knows it, and the side it is on. */
export function atBase(path: string, ref: string): string {
  return `${path} (at ${ref})`;
}

/**
 * Validate the base files together (a tenant file joins its definition, an
 * environment overlays it: src/validate/assemble), then model each stack
 * whose contributing files all validate; the others are reported. Findings
 * are produced under the `(at REF)` label, so a message that names another
 * file (a duplicate stack) says which side it is on, then filed back under
 * the plain path.
 */
export function modelBase(
  files: readonly BaseFile[],
  ref: string,
  repo: GitRepo,
  commit: string,
): BaseSide {
  const plain = new Map(files.map((f) => [atBase(f.path, ref), f.path]));
  const plainPath = (path: string) => plain.get(path) ?? path;
  // The files a base file names beside itself (SAML metadata) are read at the same commit.
  const result = validateContents(
    files.map((f) => ({
      path: atBase(f.path, ref),
      bytes: f.bytes,
      related: gitReader(repo, commit, f.repoPath),
    })),
  );
  const stacks: StackInput[] = [];
  const invalid = new Set<string>();
  const findings: Diagnostic[] = [];
  // The stacks invalid tenant files name: such a tenant may not have joined at all, so its stack would look valid without it.
  const joinedByInvalid = new Set<string>();
  for (const file of result.files) {
    if (file.valid) continue;
    invalid.add(plainPath(file.path));
    const joins = stackJoined(file.source?.value);
    if (joins !== undefined) joinedByInvalid.add(joins);
    // What made it invalid; its warnings, like those of every base file, are not this change's business.
    findings.push(
      ...file.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({ ...d, file: plainPath(d.file) })),
    );
  }
  for (const stack of result.stacks) {
    if (!stack.valid || joinedByInvalid.has(stack.name)) {
      // A stack is not comparable when any file it is assembled from is invalid: its definition is reported with them.
      invalid.add(plainPath(stack.path));
      continue;
    }
    stacks.push({
      model: buildModel(stack.config, plainPath(stack.path), stack.metadata),
      source: stack.source,
      tenants: stack.tenants.map(plainPath),
      ...(stack.environment ? { environment: stack.environment } : {}),
    });
  }
  return {
    stacks,
    ...(invalid.size
      ? { problems: { ref, files: [...invalid].sort(), findings: findings.sort(byPosition) } }
      : {}),
  };
}

/** `joins.stack` of a tenant file as written, when it can be read. */
function stackJoined(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const joins = (value as { joins?: unknown }).joins;
  if (typeof joins !== 'object' || joins === null) return undefined;
  const stack = (joins as { stack?: unknown }).stack;
  return typeof stack === 'string' ? stack : undefined;
}
