import type { IdentityProviderConfig, SecretRef } from '../../validate/config';
import { Fields, Json } from './fields';
import type { ImportNote } from './notes';
import { summarize } from './notes';
import { PROVIDER_MAPPINGS } from './providers';

export interface ImportedSecret {
  ref: SecretRef;
  /** The provider it belongs to, and which of its secrets. */
  provider: string;
  field: string;
  /** Where the value comes from when Cognito never returns it (then no command can copy it). */
  notReturned?: string;
  /** The file it usually comes in, for the command that stores it. */
  file?: string;
}

/** A file the YAML names beside itself (a SAML provider's metadata), to write with it. */
export interface ImportedFile {
  /** Relative to the YAML file, `/`-separated, as the YAML writes it. */
  path: string;
  content: string;
  /** The provider it belongs to. */
  provider: string;
}

/**
 * DescribeIdentityProvider → `identityProviders`, through the module of each
 * provider type (providers/). A type without a module is reported and left
 * out: Terraform does not know it, so it leaves it alone (and clients that
 * use it lose it, which map-clients.ts reports).
 */
export function mapProviders(
  poolId: string,
  providers: readonly Json[],
  secretRef: (provider: string, field: string) => SecretRef,
  notes: ImportNote[],
): {
  providers: Record<string, IdentityProviderConfig>;
  secrets: ImportedSecret[];
  files: ImportedFile[];
} {
  const out: Record<string, IdentityProviderConfig> = {};
  const secrets: ImportedSecret[] = [];
  const files: ImportedFile[] = [];
  const sorted = [...providers].sort((a, b) =>
    String(a.ProviderName).localeCompare(String(b.ProviderName)),
  );
  for (const provider of sorted) {
    const name = String(provider.ProviderName ?? '');
    const type = String(provider.ProviderType ?? '');
    const resource = `identity provider ${name} (${type})`;
    const mapping = PROVIDER_MAPPINGS.get(type);
    if (mapping === undefined) {
      // Not even summarized: social providers' details hold a client secret.
      notes.push({
        resource,
        attribute: 'ProviderType',
        live: type,
        effect: 'kept',
        why: `cogfed does not import ${type} providers yet; the provider is not in the configuration, so Terraform leaves it alone`,
      });
      continue;
    }
    const fields = new Fields(provider, 'IdentityProvider');
    fields.skip('UserPoolId', 'ProviderName', 'ProviderType', 'LastModifiedDate', 'CreationDate');
    const details = fields.nested('ProviderDetails', false);
    const attributeMapping = fields.nested('AttributeMapping', false);
    const config = mapping.map(details, attributeMapping, {
      name,
      note: (attribute, live, effect, why) =>
        notes.push({
          resource,
          attribute: `IdentityProvider.${attribute}`,
          live: summarize(live),
          effect,
          why,
        }),
      secret: (field, options) => {
        const ref = secretRef(name, field);
        secrets.push({
          ref,
          provider: name,
          field,
          ...(options?.notReturned ? { notReturned: options.notReturned } : {}),
          ...(options?.file ? { file: options.file } : {}),
        });
        return ref;
      },
      file: (folder, extension, content) => {
        const path = `${folder}/${fileName(name, extension, files)}`;
        files.push({ path, content, provider: name });
        return path;
      },
    });
    const identifiers = fields.get<string[]>('IdpIdentifiers') ?? [];
    const acr = fields.get('AcrMapping');
    if (acr !== undefined && acr !== null && Object.keys(acr).length > 0) {
      notes.push({
        resource,
        attribute: 'IdentityProvider.AcrMapping',
        live: summarize(acr),
        effect: 'unverified',
        why: 'cogfed does not manage ACR mappings yet',
      });
    }
    // Keys nobody read: provider_details is one map in the configuration, so Terraform removes what it does not hold.
    for (const note of details.unread(resource))
      notes.push({
        ...note,
        effect: 'reverted',
        why: 'cogfed does not write this provider_details key, and Terraform removes the keys a map in the configuration does not hold',
      });
    notes.push(...attributeMapping.unread(resource), ...fields.unread(resource));
    out[name] = {
      importId: `${poolId}:${name}`,
      ...config,
      ...(identifiers.length > 0 ? { identifiers } : {}),
    } as IdentityProviderConfig;
    reorder(out, name);
  }
  return { providers: out, secrets, files };
}

/**
 * A file name from a provider name: SAML names are free (punctuation and
 * symbols included), so keep what is safe in a path on every system, never
 * a hidden file, and never two files whose names differ only in case.
 */
function fileName(provider: string, extension: string, taken: readonly ImportedFile[]): string {
  const base = provider.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'provider';
  const used = new Set(taken.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1).toLowerCase()));
  let name = `${base}.${extension}`;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.${extension}`;
  return name;
}

/** Keep the YAML readable: `type` first, then `importId`, then the rest as the module returned them. */
function reorder(record: Record<string, IdentityProviderConfig>, name: string): void {
  const { type, importId, ...rest } = record[name];
  record[name] = { type, importId, ...rest } as IdentityProviderConfig;
}
