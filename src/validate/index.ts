import { byPosition, Diagnostic, NodePath } from '../load/diagnostic';
import { loadBytes, loadFile, LoadResult } from '../load/load';
import { diskReader, RelatedReader } from '../load/related';
import { originOf, SourceFile } from '../load/source';
import type { CogfedFile } from './config';
import { Finding, toDiagnostic } from './finding';
import { CROSS_FILE_RULES, RULES, RuleCode } from './rules';
import type { RuleFinding } from './rules/rule';
import { isSound, viewFor } from './parts';
import { checkShape, checkTenantShape } from './schema';
import {
  asTenant,
  isTenantDocument,
  joinTenants,
  StackDocument,
  stacksOf,
  TenantDocument,
} from './assemble';
import { isMapping } from './assemble/merge';
import { checkMetadataFiles, MetadataDocument } from './saml/metadata-files';

export type { MetadataDocument } from './saml/metadata-files';

/** A file that passed the schema and every rule (warnings allowed), or one that did not. */
export type ValidatedFile =
  | {
      valid: true;
      path: string;
      source: SourceFile;
      config: CogfedFile;
      diagnostics: Diagnostic[];
      metadata: ReadonlyMap<string, MetadataDocument>;
    }
  | { valid: false; path: string; source?: SourceFile; diagnostics: Diagnostic[] };

export interface ValidateOptions {
  /** The clock certificates are judged against (default: now). */
  now?: Date;
}

/** A file in memory, and how to read the files it names beside itself (default: the disk, relative to `path`). */
export interface ContentFile {
  path: string;
  bytes: Buffer;
  related?: RelatedReader;
}

export interface ValidationResult {
  files: ValidatedFile[];
  /** One per stack: a plain stack file's, or each environment's of a definition, tenants joined. */
  stacks: ValidatedStack[];
  /** All findings of all files, sorted by file and position. */
  diagnostics: Diagnostic[];
  ok: boolean;
}

/** Validate files on disk. */
export function validatePaths(
  paths: readonly string[],
  options: ValidateOptions = {},
): ValidationResult {
  return validateLoaded(
    paths.map((path) => ({ path, result: loadFile(path), related: diskReader(path) })),
    options,
  );
}

/** Validate contents already in memory (files read from a git ref, test cases). */
export function validateContents(
  inputs: readonly ContentFile[],
  options: ValidateOptions = {},
): ValidationResult {
  return validateLoaded(
    inputs.map(({ path, bytes, related }) => ({
      path,
      result: loadBytes(path, bytes),
      related: related ?? diskReader(path),
    })),
    options,
  );
}

function validateLoaded(
  loaded: ReadonlyArray<{ path: string; result: LoadResult; related: RelatedReader }>,
  options: ValidateOptions,
): ValidationResult {
  const now = options.now ?? new Date();
  // Each loaded file's reader: a SAML provider's metadataFile is read relative to the file that wrote the provider.
  const readers = new Map<string, RelatedReader>();
  const files: CheckedFile[] = [];
  const byPath = new Map<string, CheckedFile>();
  const definitions: SourceFile[] = [];
  const tenants: TenantDocument[] = [];
  for (const { path, result, related } of loaded) {
    if (!readers.has(path)) readers.set(path, related);
    const file: CheckedFile = { path, source: result.source, diagnostics: [...result.diagnostics] };
    files.push(file);
    if (!byPath.has(path)) byPath.set(path, file);
    const source = result.source;
    if (!source) continue;
    if (isTenantDocument(source.value)) {
      // A tenant file: its own schema; its providers are checked again, with the rules, in the stack they join.
      const { findings, faults } = checkTenantShape(source.value);
      file.diagnostics.push(...findings.map((f) => toDiagnostic(source, f)));
      const tenant = asTenant(source, faults);
      if (tenant) tenants.push(tenant);
      continue;
    }
    definitions.push(source);
    if (isMapping(source.value) && source.value.environments !== undefined) {
      // The definition is checked as each environment's assembled document; here only its `environments` block.
      const { findings } = checkShape(source.value);
      file.diagnostics.push(
        ...findings.filter((f) => f.path[0] === 'environments').map((f) => toDiagnostic(source, f)),
      );
    }
  }

  const stacks = definitions.flatMap(stacksOf);
  joinTenants(stacks, tenants);
  const report = (diagnostic: Diagnostic) =>
    (byPath.get(diagnostic.file) ?? files[0]).diagnostics.push(diagnostic);
  const checked = stacks.map((stack) => ({ stack, faults: checkStack(stack.source, report) }));

  // SAML metadata files, per stack: each read relative to the file that wrote its provider (a tenant file's beside the tenant file).
  const metadata = new Map<StackDocument, ReadonlyMap<string, MetadataDocument>>();
  for (const { stack, faults } of checked) {
    const view = viewFor(METADATA_READS, stack.source.value, faults);
    if (!view) continue;
    const readerFor = (providerPath: NodePath): RelatedReader => {
      const written = originOf(stack.source, providerPath).source.path;
      let reader = readers.get(written);
      if (!reader) readers.set(written, (reader = diskReader(written)));
      return reader;
    };
    const result = checkMetadataFiles(
      view,
      readers.get(stack.definition.path) ?? diskReader(stack.definition.path),
      now,
      readerFor,
    );
    for (const finding of result.findings) report(toDiagnostic(stack.source, finding));
    metadata.set(stack, result.documents);
  }

  const estate = { tenants, stacks };
  for (const rule of CROSS_FILE_RULES) {
    // Each cross-file rule sees every stack whose reads are sound, even one with other findings.
    const candidates = checked
      .filter((c) => isSound('file', rule.reads, [], c.faults))
      .map((c) => ({ source: c.stack.source, config: c.stack.source.value as CogfedFile }));
    for (const { source, finding } of rule.checkAll(candidates, estate))
      report(toDiagnostic(source, { ...finding, code: rule.code }));
  }

  const validated = files.map((f): ValidatedFile => {
    f.diagnostics = uniqueDiagnostics(f.diagnostics).sort(byPosition);
    const clean = f.diagnostics.every((d) => d.severity !== 'error');
    return f.source && clean
      ? {
          valid: true,
          path: f.path,
          source: f.source,
          config: configOf(f.source, stacks),
          diagnostics: f.diagnostics,
          metadata: metadataOf(f.source, stacks, metadata),
        }
      : {
          valid: false,
          path: f.path,
          ...(f.source ? { source: f.source } : {}),
          diagnostics: f.diagnostics,
        };
  });
  const failed = new Set(validated.filter((f) => !f.valid).map((f) => f.path));
  const validStacks = stacks.map((stack): ValidatedStack => {
    const contributing = [stack.definition.path, ...stack.tenants.map((t) => t.path)];
    return {
      valid: !contributing.some((p) => failed.has(p)),
      name: stack.name,
      path: stack.definition.path,
      environment: stack.environment,
      tenants: stack.tenants.map((t) => t.path),
      source: stack.source,
      config: stack.source.value as CogfedFile,
      metadata: metadata.get(stack) ?? new Map(),
    };
  });
  const diagnostics = validated.flatMap((f) => f.diagnostics).sort(byPosition);
  return {
    files: validated,
    stacks: validStacks,
    diagnostics,
    ok: diagnostics.every((d) => d.severity !== 'error'),
  };
}

/** One assembled stack: the schema on the whole document, then every rule on every sound part; returns the schema faults. */
function checkStack(source: SourceFile, report: (d: Diagnostic) => void): NodePath[] {
  const { findings: shapeFindings, faults } = checkShape(source.value);
  // Every rule runs on every part of the stack whose reads the schema accepted (parts.ts).
  const ruleFindings = RULES.flatMap((rule) => {
    const view = viewFor(rule, source.value, faults);
    return view ? stamp(rule, rule.check(view)) : [];
  });
  for (const finding of [...shapeFindings, ...ruleFindings]) report(toDiagnostic(source, finding));
  return faults;
}

/** A file's configuration as the rest of cogfed reads it: a plain stack file's assembled document (tenants joined), else the file as written. */
function configOf(source: SourceFile, stacks: readonly StackDocument[]): CogfedFile {
  const own = stacks.find((s) => s.definition === source && s.environment === undefined);
  return (own ? own.source.value : source.value) as CogfedFile;
}

/** A value written once and checked in several environments' stacks is reported once. */
function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\u0000${d.line}\u0000${d.col}\u0000${d.code}\u0000${d.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** One stack, assembled (src/validate/assemble): what the model and every output build on. */
export interface ValidatedStack {
  /** No file it is assembled from has an error. */
  valid: boolean;
  name: string;
  /** The definition's file. */
  path: string;
  environment?: string;
  /** The tenant files joined to it. */
  tenants: string[];
  /** The assembled document; `locate` on it goes through its origins to the file that wrote each value. */
  source: SourceFile;
  config: CogfedFile;
  /** The SAML metadata files its providers name, read and checked (by the path as written). */
  metadata: ReadonlyMap<string, MetadataDocument>;
}

/** A plain file's metadata: its own stack's (tenants joined); a definition with environments carries them per stack. */
function metadataOf(
  source: SourceFile,
  stacks: readonly StackDocument[],
  metadata: ReadonlyMap<StackDocument, ReadonlyMap<string, MetadataDocument>>,
): ReadonlyMap<string, MetadataDocument> {
  const own = stacks.find((s) => s.definition === source && s.environment === undefined);
  return (own && metadata.get(own)) ?? new Map();
}

interface CheckedFile {
  path: string;
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

/** The reads of the metadata-file check: a SAML provider's source and the flags the metadata must support. */
const METADATA_READS = {
  part: 'provider',
  reads: ['type', 'metadataFile', 'metadataUrl', 'idpSignout', 'pending'],
} as const;

/** The engine, not the rule, writes the code: a rule cannot report under another's. */
function stamp(rule: { code: RuleCode }, findings: readonly RuleFinding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, code: rule.code }));
}
