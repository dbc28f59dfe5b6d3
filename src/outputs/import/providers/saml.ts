import { PROVIDER_EVIDENCE } from '../../../model/providers/evidence';
import type { SamlProviderConfig } from '../../../validate/config';
import type { Fields } from '../fields';
import type { ProviderContext, ProviderMapping } from './types';

const EVIDENCE = PROVIDER_EVIDENCE.saml;

/** The SAML flags and their YAML keys; each is false unless Cognito holds "true" (src/model/providers/saml.ts). */
const FLAGS = {
  IDPSignout: 'idpSignout',
  IDPInit: 'idpInitiated',
  EncryptedResponses: 'encryptedResponses',
} as const;

/**
 * SAML providers (src/model/providers/saml.ts). The metadata is Cognito's
 * `MetadataURL` (the file says `metadataUrl`) or the document itself,
 * `MetadataFile`, which goes into a file beside the YAML
 * (`metadata/<provider>.xml`) that the file names as `metadataFile`: the
 * configuration keeps metadata in git, and compile sends its content back
 * byte for byte. The keys Cognito writes back from the metadata and its own
 * key pair (`ActiveEncryptionCertificate`, `SSORedirectBindingURI`,
 * `SLORedirectBindingURI`; evidence.ts `writtenBack`, docs/provider-evidence.md §6.3)
 * are metadata: compile ignores them (lifecycle.ignore_changes).
 * Describe response: https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html
 */
export const saml: ProviderMapping = {
  providerType: EVIDENCE.cognitoProviderType,
  map(details, mapping, context) {
    details.skip(...EVIDENCE.writtenBack);
    const url = details.get<string>('MetadataURL');
    const document = details.get<string>('MetadataFile');
    let source: Pick<SamlProviderConfig, 'metadataUrl' | 'metadataFile'> = {};
    if (url !== undefined) {
      source = { metadataUrl: url };
      // Cognito takes one source (CreateIdentityProvider, "At least one of the MetadataURL or MetadataFile"); the URL is what it fetches.
      if (document !== undefined)
        context.note(
          'ProviderDetails.MetadataFile',
          `(${document.length} characters)`,
          'reverted',
          'the provider has a MetadataURL too; cogfed writes one source, the URL, and Terraform removes the other key',
        );
    } else if (document !== undefined) {
      source = { metadataFile: context.file('metadata', 'xml', document) };
    }

    const flags: Partial<Pick<SamlProviderConfig, (typeof FLAGS)[keyof typeof FLAGS]>> = {};
    for (const [key, field] of Object.entries(FLAGS) as Array<
      [keyof typeof FLAGS, (typeof FLAGS)[keyof typeof FLAGS]]
    >) {
      const on = flag(details, key, context);
      if (on) flags[field] = true;
    }
    const algorithm = details.get<string>('RequestSigningAlgorithm');

    // No default username: a SAML user's username is the assertion's NameID (src/model/providers/saml.ts).
    const attributeMapping: Record<string, string> = {};
    for (const key of Object.keys(mapping.value).sort())
      attributeMapping[key] = mapping.get<string>(key)!;

    const config: Omit<SamlProviderConfig, 'importId' | 'identifiers'> = {
      type: 'saml',
      ...source,
      ...flags,
      ...(algorithm !== undefined
        ? { requestSigningAlgorithm: algorithm as SamlProviderConfig['requestSigningAlgorithm'] }
        : {}),
      ...(Object.keys(attributeMapping).length > 0 ? { attributeMapping } : {}),
    };
    return config;
  },
};

/**
 * A flag as Cognito holds it, the string "true" or "false" (ProviderDetails
 * is a string map, docs/provider-evidence.md §6.1). compile always writes
 * "true" or "false" (an update keeps a key it leaves out, §6.7), so a flag
 * Cognito lacks is added, and any other spelling rewritten.
 */
function flag(details: Fields, key: string, context: ProviderContext): boolean {
  const raw = details.get(key);
  if (raw === undefined) {
    context.note(
      `ProviderDetails.${key}`,
      '(none)',
      'added',
      `cogfed always writes ${key}, here "false" (a provider without the key has it off); the first apply adds the key`,
    );
    return false;
  }
  // A string in the API; a file made by hand may hold a JSON boolean.
  const value = String(raw);
  const on = value.toLowerCase() === 'true';
  if (value !== 'true' && value !== 'false') {
    context.note(
      `ProviderDetails.${key}`,
      value,
      'reverted',
      `cogfed writes ${key} as the string "${on ? 'true' : 'false'}"; the first apply rewrites it`,
    );
  }
  return on;
}
