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
): { providers: Record<string, IdentityProviderConfig>; secrets: ImportedSecret[] } {
  const out: Record<string, IdentityProviderConfig> = {};
  const secrets: ImportedSecret[] = [];
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
      secret: (field) => {
        const ref = secretRef(name, field);
        secrets.push({ ref, provider: name, field });
        return ref;
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
  return { providers: out, secrets };
}

/** Keep the YAML readable: `type` first, then `importId`, then the rest as the module returned them. */
function reorder(record: Record<string, IdentityProviderConfig>, name: string): void {
  const { type, importId, ...rest } = record[name];
  record[name] = { type, importId, ...rest } as IdentityProviderConfig;
}
