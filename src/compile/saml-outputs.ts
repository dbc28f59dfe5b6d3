import { DataAwsCognitoUserPoolSigningCertificate } from './engine';
import { address, DATA_KIND, KIND, OUTPUT_KEY, resourceAddress } from '../model/addresses';
import { samlAcsUrl, samlEntityId, samlLogoutUrl } from '../model/endpoints';
import { endpointDomain } from '../model/existing';
import type { SamlProvider } from '../model/model';
import { readsSigningCertificate } from '../model/providers/saml';
import { declareData } from './declare';
import { interpolate, literal } from './expressions';
import type { OutputSection, OutputValue } from './outputs';

/**
 * What an enterprise's IdP administrator registers for a pool's SAML
 * providers, under `saml` in the pool's output (the same values `cogfed
 * review` prints, from src/model/endpoints.ts): the ACS URL and SP entity ID,
 * once per pool, since every SAML provider of the pool shares them; the
 * sign-out URL when a provider signs out through its IdP; the pool's signing
 * certificate when a provider's IdP must verify Cognito's signed requests
 * (sign-out or request signing), read with the
 * aws_cognito_user_pool_signing_certificate data source
 * (GetSigningCertificate; hashicorp/aws ≥ 3.71.0); and, by provider name,
 * each encrypting provider's own encryption certificate. Pending providers
 * count: their IdP needs these values before it sends the metadata (only the
 * encryption certificate waits for the provider). Without a domain there is
 * no ACS URL, so nothing. Evidence: docs/provider-evidence.md §6.4.
 */
export const samlRegistration: OutputSection = ({
  stack,
  book,
  pool,
  resources,
}): Record<string, OutputValue> => {
  const providers = pool.providers.filter((p): p is SamlProvider => p.type === 'saml');
  const domain = endpointDomain(pool);
  if (providers.length === 0 || domain === undefined) return {};
  const userPoolId = resources.pool.id;
  const saml: Record<string, OutputValue> = {
    [OUTPUT_KEY.samlAcsUrl]: samlAcsUrl(domain, literal),
    [OUTPUT_KEY.samlEntityId]: samlEntityId(userPoolId),
  };
  if (providers.some((p) => p.signOut))
    saml[OUTPUT_KEY.samlLogoutUrl] = samlLogoutUrl(domain, literal);
  if (readsSigningCertificate(pool)) {
    const certificate = declareData(
      book,
      DATA_KIND.signingCertificate,
      address.pool(pool),
      (id) => new DataAwsCognitoUserPoolSigningCertificate(stack, id, { userPoolId }),
    );
    // Base64 DER, for the IdPs that verify the pool's signed sign-out or sign-in requests.
    saml[OUTPUT_KEY.samlSigningCertificate] = certificate.certificate;
  }
  const encrypting = providers.filter(
    (p) => p.encryptedResponses && !p.pending && resources.providers?.get(p.name),
  );
  if (encrypting.length > 0) {
    saml[OUTPUT_KEY.samlEncryptionCertificates] = Object.fromEntries(
      encrypting.map((provider) => {
        // Cognito writes the key back once it has made the certificate; `lookup` keeps the output valid before that.
        const ref = `lookup(${resourceAddress(KIND.identityProvider, address.provider(pool, provider))}.provider_details, "ActiveEncryptionCertificate", "")`;
        return [literal(provider.name), interpolate(ref)];
      }),
    );
  }
  return { [OUTPUT_KEY.saml]: saml };
};
