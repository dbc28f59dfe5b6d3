import { outputPath } from '../addresses';
import { samlAcsUrl, samlEntityId, samlLogoutUrl } from '../endpoints';
import type { Pool, SamlMetadata, SamlProvider } from '../model';
import { sortedRecord } from '../records';
import { PROVIDER_EVIDENCE } from './evidence';
import type { DetailValue, ProviderTypeModule, RegistrationItem, ReviewRow } from './types';

const EVIDENCE = PROVIDER_EVIDENCE.saml;

/**
 * SAML 2.0: an enterprise IdP (Okta, Entra ID, ADFS) described by its
 * metadata, from a URL Cognito fetches or a file in the repository that the
 * validate stage read and checked (src/validate/saml/). Facts and sources:
 * ./evidence.ts and docs/provider-evidence.md §6.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp.html
 */
export const saml: ProviderTypeModule<SamlProvider> = {
  type: 'saml',
  label: 'SAML',

  build(name, config, context) {
    let metadata: SamlMetadata | undefined;
    if (config.metadataUrl !== undefined) metadata = { kind: 'url', url: config.metadataUrl };
    else if (config.metadataFile !== undefined) {
      const document = context.metadata.get(config.metadataFile);
      // Validation read the file, or reported why it could not: a valid file always has it.
      if (!document)
        throw new Error(
          `the metadata file ${config.metadataFile} of SAML provider ${name} was not read; validation should have reported it`,
        );
      metadata = {
        kind: 'file',
        path: document.path,
        content: document.content,
        ...(document.entityId ? { entityId: document.entityId } : {}),
        signingCertificates: document.signingCertificates.map((c) => ({ ...c })),
      };
    }
    return {
      type: 'saml',
      name,
      ...(metadata ? { metadata } : {}),
      signOut: config.idpSignout ?? false,
      idpInitiated: config.idpInitiated ?? false,
      encryptedResponses: config.encryptedResponses ?? false,
      ...(config.requestSigningAlgorithm
        ? { requestSigningAlgorithm: config.requestSigningAlgorithm }
        : {}),
      identifiers: [...(config.identifiers ?? [])],
      // No default `username`: a SAML user's username is the assertion's NameID.
      attributeMapping: sortedRecord({ ...(config.attributeMapping ?? {}) }),
      ...(config.pending ? { pending: true as const } : {}),
      ...(config.importId ? { importId: config.importId } : {}),
    };
  },

  terraform(provider) {
    const metadata = provider.metadata;
    // A pending provider is never compiled (compile skips it); one without metadata cannot be.
    if (!metadata)
      throw new Error(
        `SAML provider ${provider.name} has no metadata; only a pending provider may lack it, and pending providers are not compiled`,
      );
    const details: Record<string, DetailValue> = {
      ...(metadata.kind === 'url'
        ? { MetadataURL: { text: metadata.url } }
        : { MetadataFile: { text: metadata.content } }),
      // Flags are the strings "true"/"false" (ProviderDetails is a string map; an SDK refuses a boolean:
      // https://github.com/localstack/localstack/issues/11348), and always written: UpdateIdentityProvider
      // keeps a key the request leaves out (a public client's tests, docs/provider-evidence.md §6.7), so
      // turning a flag off needs an explicit "false"; DescribeIdentityProvider returns them as sent
      // ("IDPSignout": "false" in AWS's GetIdentityProviderByIdentifier example).
      IDPSignout: flag(provider.signOut),
      IDPInit: flag(provider.idpInitiated),
      EncryptedResponses: flag(provider.encryptedResponses),
      ...(provider.requestSigningAlgorithm
        ? { RequestSigningAlgorithm: { text: provider.requestSigningAlgorithm } }
        : {}),
    };
    return {
      providerType: EVIDENCE.cognitoProviderType,
      details,
      // ActiveEncryptionCertificate, SLORedirectBindingURI, SSORedirectBindingURI: Cognito derives them from
      // the metadata and its own key pair and returns them though nobody sent them (#4807, lgallard PR #420
      // and #176); hashicorp/aws suppresses only some, and not in any release yet (docs/provider-evidence.md §6.3).
      // None is a key the file can set.
      ignoredDetails: EVIDENCE.writtenBack
        .filter((key) => !(key in details))
        .slice()
        .sort(),
    };
  },

  reviewRows(provider) {
    const rows: ReviewRow[] = [];
    const metadata = provider.metadata;
    if (!metadata)
      rows.push({
        label: 'Metadata',
        value: {
          text: 'none yet (pending: the IdP sends it once it has registered the values below)',
        },
      });
    else if (metadata.kind === 'url') {
      rows.push({ label: 'Metadata URL', value: { code: metadata.url } });
      rows.push({
        label: 'Metadata checks',
        value: {
          text: 'Cognito fetches the URL at apply, so cogfed checks nothing offline: the apply fails if the metadata lacks an HTTP-Redirect single sign-on service or an unexpired signing certificate',
        },
      });
    } else {
      rows.push({ label: 'Metadata file', value: { code: metadata.path } });
      if (metadata.entityId)
        rows.push({ label: 'IdP entity ID', value: { code: metadata.entityId } });
      rows.push({
        label: 'Signing certificates (SHA-256, valid until)',
        value: { pairs: metadata.signingCertificates.map((c) => [c.validTo, c.sha256] as const) },
      });
    }
    rows.push(
      {
        label: 'Sign-out through the IdP (`IDPSignout`)',
        value: { text: onOff(provider.signOut) },
      },
      { label: 'IdP-initiated sign-in (`IDPInit`)', value: { text: onOff(provider.idpInitiated) } },
      {
        label: 'Encrypted assertions (`EncryptedResponses`)',
        value: { text: onOff(provider.encryptedResponses) },
      },
      {
        label: 'Request signing',
        value: provider.requestSigningAlgorithm
          ? { code: provider.requestSigningAlgorithm }
          : { text: 'off (requests are not signed)' },
      },
      { label: 'Identifiers (email domains routed here)', value: { codes: provider.identifiers } },
    );
    return rows;
  },

  registration(provider, context) {
    const { domain, pool } = context;
    const afterApply = (output: string) => `known after apply, stack output \`${output}\``;
    const items: RegistrationItem[] = [
      {
        label: 'ACS URL (Assertion Consumer Service, reply URL; HTTP-POST)',
        values: [{ value: samlAcsUrl(domain) }],
      },
      {
        label: 'SP entity ID (audience, identifier)',
        values: [{ value: samlEntityId(context.userPoolId) }],
      },
    ];
    if (provider.signOut)
      items.push({
        label: 'Single logout URL (where the IdP posts its LogoutResponse)',
        values: [{ value: samlLogoutUrl(domain) }],
      });
    // The IdP verifies Cognito's signed logout and sign-in requests with the pool's certificate.
    if (provider.signOut || provider.requestSigningAlgorithm) {
      items.push({
        label: "The user pool's signing certificate (to verify Cognito's signed requests)",
        values: [{ note: afterApply(outputPath.samlSigningCertificate(pool)) }],
      });
    }
    if (provider.encryptedResponses) {
      items.push({
        label: "This provider's encryption certificate (to encrypt assertions)",
        values: [
          {
            note: provider.pending
              ? 'known once the provider is created (it is pending)'
              : afterApply(outputPath.samlEncryptionCertificate(pool, provider)),
          },
        ],
      });
    }
    return items;
  },

  // The same IdP: the same metadata URL, or metadata files naming the same entity.
  sameIdentity(before, after) {
    const a = before.metadata;
    const b = after.metadata;
    if (!a || !b || a.kind !== b.kind) return false;
    if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
    return (
      a.kind === 'file' &&
      b.kind === 'file' &&
      a.entityId !== undefined &&
      a.entityId === b.entityId
    );
  },
};

function flag(value: boolean): DetailValue {
  return { text: value ? 'true' : 'false' };
}

function onOff(value: boolean): string {
  return value ? 'on' : 'off';
}

/**
 * Whether the pool's SAML signing certificate is read (and output): an IdP
 * needs it only to verify what Cognito signs, its sign-out requests
 * (`idpSignout`) and signed authentication requests (`requestSigningAlgorithm`).
 */
export function readsSigningCertificate(pool: Pool): boolean {
  return pool.providers.some(
    (p) => p.type === 'saml' && (p.signOut || p.requestSigningAlgorithm !== undefined),
  );
}
