import type { SamlProvider } from '../../../model/model';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A SAML provider's metadata is `provider_details`, which updates in place
 * (only provider_name, provider_type and user_pool_id force a new provider:
 * docs/provider-evidence.md §2), so no user loses anything. What a reviewer
 * must still see is a new signing certificate: Cognito then accepts only
 * assertions signed by the certificates in the new metadata, so the IdP must
 * already sign with one of them, or every sign-in fails from the apply on
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html).
 * Compared by SHA-256 fingerprint, for metadata files (a URL is fetched by
 * Cognito, and cogfed never sees it).
 */
export const samlCertificateChanged = defineHazard({
  code: 'saml-certificate-changed',
  severity: 'warning',
  description:
    "A SAML provider's metadata brings other signing certificates: updated in place, but sign-in fails unless the IdP already signs with one of the new ones.",
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      for (const now of after.providers) {
        const old = before.providers.find((p) => p.name === now.name);
        if (now.type !== 'saml' || old?.type !== 'saml' || now.pending || old.pending) continue;
        const [was, is] = [fingerprints(old), fingerprints(now)];
        if (was === undefined || is === undefined) continue;
        const added = is.filter((c) => !was.includes(c));
        const removed = was.filter((c) => !is.includes(c));
        if (added.length === 0 && removed.length === 0) continue;
        const parts = [
          ...(added.length
            ? [`adds ${count(added.length)} (SHA-256 ${added.map(short).join(', ')})`]
            : []),
          ...(removed.length
            ? [`removes ${count(removed.length)} (SHA-256 ${removed.map(short).join(', ')})`]
            : []),
        ];
        out.push({
          subject: `${after.id}/${now.name}`,
          path: inPool(after, 'identityProviders', now.name, 'metadataFile'),
          message: `the metadata of SAML provider ${now.name} in pool ${after.id} ${parts.join(' and ')}: the provider is updated in place, and from the apply on Cognito accepts only assertions signed with a certificate in the new metadata`,
          hint: removed.length
            ? 'apply once the IdP signs with the new certificate (during a rollover, keep both certificates in the metadata until then)'
            : 'nothing to do if the IdP publishes both certificates during a rollover; remove the old one once the IdP has switched',
        });
      }
    }
    return out;
  },
});

/** The signing certificates' fingerprints of a metadata file; undefined for a URL (not seen) or no metadata. */
function fingerprints(provider: SamlProvider): string[] | undefined {
  return provider.metadata?.kind === 'file'
    ? provider.metadata.signingCertificates.map((c) => c.sha256)
    : undefined;
}

function count(n: number): string {
  return n === 1 ? 'a signing certificate' : `${n} signing certificates`;
}

/** The first 8 bytes of a fingerprint: enough to tell certificates apart in a message. */
function short(sha256: string): string {
  return `${sha256.split(':').slice(0, 8).join(':')}…`;
}
