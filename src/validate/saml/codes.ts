/**
 * The codes `checkSamlMetadata` reports, each with its one-line description
 * (for the code catalog: SARIF rule metadata and the README table, once the
 * SAML provider type is wired in) and the evidence behind it.
 */
export const SAML_METADATA_CODES = [
  {
    id: 'saml-metadata-too-large',
    description: 'The SAML metadata file is larger than cogfed reads (1 MiB).',
    // Our bound, not AWS's: CreateIdentityProvider documents no size for MetadataFile
    // (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html).
    source: 'cogfed limit (bounded input)',
  },
  {
    id: 'saml-metadata-doctype',
    description:
      'The SAML metadata has a DOCTYPE; a DTD is never needed in metadata and is not read (no external entities, no entity expansion).',
    source:
      'cogfed policy (XXE and entity-expansion safety); SAML metadata is defined by an XML Schema, not a DTD: https://docs.oasis-open.org/security/saml/v2.0/saml-schema-metadata-2.0.xsd',
  },
  {
    id: 'saml-metadata-xml',
    description: 'The SAML metadata is not well-formed, namespace-well-formed XML 1.0.',
    source:
      'https://www.w3.org/TR/xml/#sec-well-formed; https://www.w3.org/TR/xml-names/#Conformance',
  },
  {
    id: 'saml-metadata-root',
    description:
      'The root is md:EntityDescriptor, or md:EntitiesDescriptor holding exactly one identity provider, in namespace urn:oasis:names:tc:SAML:2.0:metadata.',
    source:
      'https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf §2.3.1 (EntitiesDescriptor), §2.3.2 (EntityDescriptor); a Cognito SAML provider is one IdP',
  },
  {
    id: 'saml-metadata-entity-id',
    description: 'The EntityDescriptor has an entityID of 1-1024 characters.',
    source:
      'https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf §2.3.2 (entityID required); saml-schema-metadata-2.0.xsd entityIDType (anyURI, maxLength 1024)',
  },
  {
    id: 'saml-idp-descriptor',
    description:
      'The entity has exactly one IDPSSODescriptor, and it supports the SAML 2.0 protocol.',
    source:
      'https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf §2.4.1 (protocolSupportEnumeration), §2.4.3 (IDPSSODescriptor)',
  },
  {
    id: 'saml-sso-binding',
    description:
      'The IDPSSODescriptor has a SingleSignOnService with the HTTP-Redirect binding, the binding Cognito sends its sign-in request with.',
    source:
      'DescribeIdentityProvider returns the IdP endpoint as SSORedirectBindingURI (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html); ' +
      'Cognito rejects POST-only metadata with "No SingleSignOn Http redirect binding location found in metadata." (https://github.com/ssoready/dummyidp/issues/10)',
  },
  {
    id: 'saml-signing-certificate',
    description:
      'The IDPSSODescriptor has a signing KeyDescriptor (use="signing" or no use) with a ds:X509Certificate.',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html ("Provide a valid IdP signing certificate")',
  },
  {
    id: 'saml-certificate-invalid',
    description: 'A signing certificate is base64 of a DER X.509 certificate.',
    source: 'https://www.w3.org/TR/xmldsig-core1/#sec-X509Data (X509Certificate: base64 DER)',
  },
  {
    id: 'saml-certificate-too-long',
    description: 'A signing certificate is at most 4,096 characters.',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html ("Each signing certificate must be no longer than 4,096 characters in length")',
  },
  {
    id: 'saml-certificate-expired',
    description: 'No signing certificate in the metadata has expired.',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html ("must not be expired when you configure the SAML IdP")',
  },
  {
    id: 'saml-certificate-expiring',
    description:
      'Warning: the signing certificate expires within 30 days and no other signing certificate outlives it.',
    source: 'cogfed advice; an expired certificate is rejected (saml-certificate-expired)',
  },
  {
    id: 'saml-slo-missing',
    description: 'With sign-out requested, the IDPSSODescriptor has a SingleLogoutService.',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html ("Amazon Cognito determines the redirect location from the SingleLogoutService URL in your IdP metadata")',
  },
  {
    id: 'saml-slo-binding',
    description:
      'Warning: with sign-out requested, a SingleLogoutService offers the HTTP-Redirect binding, which Cognito sends its logout request with.',
    source:
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html (a GET with SAMLRequest, RelayState, SigAlg and Signature query parameters, i.e. the HTTP-Redirect binding of ' +
      'https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf §3.4.4.1); DescribeIdentityProvider returns it as SLORedirectBindingURI',
  },
] as const;

export type SamlMetadataCode = (typeof SAML_METADATA_CODES)[number]['id'];
