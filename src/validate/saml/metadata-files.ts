import { relativePathProblem, RelatedRead, RelatedReader } from '../../load/related';
import type { NodePath } from '../../load/diagnostic';
import type { CogfedFile, SamlProviderConfig } from '../config';
import type { Finding } from '../finding';
import { providers } from '../rules/rule';
import { inspectSamlMetadata } from './metadata';
import { MAX_METADATA_BYTES } from './xml-tree';

/**
 * A SAML provider's metadata file as the validate stage read and checked it:
 * the model carries it from here, so compile (which writes its content as
 * `MetadataFile`) and diff (which compares certificates) never touch a file.
 */
export interface MetadataDocument {
  /** As the YAML writes it, relative to the YAML file. */
  path: string;
  content: string;
  entityId?: string;
  /** The signing certificates (SHA-256 fingerprint, last day valid), in document order. */
  signingCertificates: Array<{ sha256: string; validTo: string }>;
}

export interface MetadataFilesResult {
  findings: Finding[];
  /** By the path as written; only documents that could be read and parsed. */
  documents: Map<string, MetadataDocument>;
}

/** The metadata file a provider names, when it can be read: one source only, and a relative path (else saml-metadata-source reports it). */
export function readableMetadataFile(provider: SamlProviderConfig): string | undefined {
  if (provider.metadataFile === undefined || provider.metadataUrl !== undefined) return undefined;
  return relativePathProblem(provider.metadataFile) ? undefined : provider.metadataFile;
}

/**
 * Read each SAML provider's `metadataFile` (once per path) and check it
 * (./metadata.ts) against `now`. A finding points at the YAML's
 * `metadataFile` value, the line a reviewer edits, and names the position
 * inside the metadata file in its message (`metadata/x.xml:73:11: …`).
 * `readerFor`, when given, chooses the reader per provider (an assembled
 * stack: the folder of the file that wrote the provider).
 */
export function checkMetadataFiles(
  file: CogfedFile,
  read: RelatedReader,
  now: Date,
  readerFor?: (providerPath: NodePath) => RelatedReader,
): MetadataFilesResult {
  const findings: Finding[] = [];
  const documents = new Map<string, MetadataDocument>();
  const reads = new Map<RelatedReader, Map<string, RelatedRead>>();
  for (const { provider, path } of providers(file, 'saml')) {
    const relative = readableMetadataFile(provider);
    if (relative === undefined) continue;
    const at = [...path, 'metadataFile'];
    const reader = readerFor ? readerFor(path) : read;
    const cache = reads.get(reader) ?? new Map<string, RelatedRead>();
    reads.set(reader, cache);
    let result = cache.get(relative);
    if (!result) cache.set(relative, (result = reader(relative, MAX_METADATA_BYTES)));
    if (!result.ok) {
      findings.push(readFinding(at, relative, result));
      continue;
    }
    const text = decode(result.bytes);
    if (text === undefined) {
      findings.push({
        code: 'saml-metadata-file',
        path: at,
        message: `the SAML metadata file ${relative} must be UTF-8 text; received bytes that are not`,
        hint: 'export the metadata again from the identity provider and save it as UTF-8',
      });
      continue;
    }
    const { findings: metadataFindings, facts } = inspectSamlMetadata(text, {
      now,
      signOutRequested: provider.idpSignout === true,
    });
    for (const f of metadataFindings) {
      const where = f.line !== undefined ? `${relative}:${f.line}:${f.col ?? 1}` : relative;
      findings.push({
        code: f.code,
        severity: f.severity,
        path: at,
        message: `${where}: ${f.message}`,
        hint: f.hint,
      });
    }
    if (facts && !documents.has(relative)) {
      documents.set(relative, {
        path: relative,
        content: text,
        entityId: facts.entityId,
        signingCertificates: facts.signingCertificates.map((c) => ({
          sha256: c.sha256,
          validTo: c.validTo,
        })),
      });
    }
  }
  return { findings, documents };
}

function readFinding(
  path: Array<string | number>,
  relative: string,
  result: Exclude<RelatedRead, { ok: true }>,
): Finding {
  switch (result.reason) {
    case 'missing':
      return {
        code: 'saml-metadata-file',
        path,
        message: `the SAML metadata file ${relative} does not exist (the path is relative to this YAML file)`,
        hint: "save the IdP's metadata XML at that path beside the YAML file and commit it, or use `metadataUrl`",
      };
    case 'not-file':
      return {
        code: 'saml-metadata-file',
        path,
        message: `the SAML metadata file ${relative} must be a regular file; received a folder or a special file`,
        hint: 'name the metadata XML file itself',
      };
    case 'unreadable':
      return {
        code: 'saml-metadata-file',
        path,
        message: `the SAML metadata file ${relative} cannot be read (${result.detail ?? 'unknown error'})`,
        hint: 'check the path and its permissions',
      };
    case 'too-large':
      return {
        code: 'saml-metadata-too-large',
        path,
        message: `${relative}: SAML metadata is read up to ${MAX_METADATA_BYTES} bytes; received ${result.bytes} bytes`,
        hint: 'export the metadata of this one identity provider, not a federation aggregate',
      };
  }
}

/** Strict UTF-8; a byte-order mark is dropped (Cognito gets the document without it). */
function decode(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
