import { DataAwsCognitoUserPoolSigningCertificate, TerraformStack } from './engine';
import { address, DATA_KIND, KIND, outputName, resourceAddress } from '../model/addresses';
import { samlAcsUrl, samlEntityId, samlLogoutUrl } from '../model/endpoints';
import type { DomainHost, Pool, SamlProvider } from '../model/model';
import { readsSigningCertificate } from '../model/providers/saml';
import type { AddressBook } from '../model/addresses';
import { declareData } from './declare';
import { interpolate, literal } from './expressions';
import type { PoolResources } from './outputs';

type Output = (name: string, value: string, description: string) => void;

/**
 * What an enterprise's IdP administrator registers for a pool's SAML
 * providers, as stack outputs (the same values `cogfed review` prints, from
 * src/model/endpoints.ts): the ACS URL and SP entity ID, once per pool, since
 * every SAML provider of the pool shares them; the sign-out URL when a
 * provider signs out through its IdP; the pool's signing certificate when a
 * provider's IdP must verify Cognito's signed requests (sign-out or request
 * signing), read with the aws_cognito_user_pool_signing_certificate data
 * source (GetSigningCertificate; hashicorp/aws ≥ 3.71.0); and, per provider
 * with encrypted assertions, the provider's own encryption certificate.
 * Pending providers count: their IdP needs these values before it sends the
 * metadata (only the encryption certificate waits for the provider).
 * Evidence: docs/provider-evidence.md §6.4.
 */
export function addSamlOutputs(
  stack: TerraformStack,
  book: AddressBook,
  output: Output,
  pool: Pool,
  domain: DomainHost,
  resources: PoolResources,
): void {
  const providers = pool.providers.filter((p): p is SamlProvider => p.type === 'saml');
  if (providers.length === 0) return;
  const userPoolId = resources.pool.id;

  output(
    outputName.samlAcsUrl(pool),
    samlAcsUrl(domain, literal),
    `SAML ACS URL (Assertion Consumer Service, HTTP-POST) to register at the SAML identity providers of the user pool ${pool.id}`,
  );
  output(
    outputName.samlEntityId(pool),
    samlEntityId(userPoolId),
    `SAML SP entity ID (audience) to register at the SAML identity providers of the user pool ${pool.id}`,
  );
  if (providers.some((p) => p.signOut)) {
    output(
      outputName.samlLogoutUrl(pool),
      samlLogoutUrl(domain, literal),
      `SAML single logout URL to register at the SAML identity providers of the user pool ${pool.id} that sign users out (idpSignout)`,
    );
  }
  if (readsSigningCertificate(pool)) {
    const certificate = declareData(
      book,
      DATA_KIND.signingCertificate,
      address.pool(pool),
      (id) => new DataAwsCognitoUserPoolSigningCertificate(stack, id, { userPoolId }),
    );
    output(
      outputName.samlSigningCertificate(pool),
      certificate.certificate,
      `The user pool ${pool.id}'s SAML signing certificate (base64 DER), for the IdPs that verify its signed sign-out or sign-in requests`,
    );
  }
  for (const provider of providers.filter((p) => p.encryptedResponses && !p.pending)) {
    if (!resources.providers?.get(provider.name)) continue;
    // Cognito writes the key back once it has made the certificate; `lookup` keeps the output valid before that.
    const ref = `lookup(${resourceAddress(KIND.identityProvider, address.provider(pool, provider))}.provider_details, "ActiveEncryptionCertificate", "")`;
    output(
      outputName.samlEncryptionCertificate(pool, provider),
      interpolate(ref),
      `The encryption certificate of the SAML provider ${provider.name}: its IdP encrypts assertions with it (encryptedResponses)`,
    );
  }
}
