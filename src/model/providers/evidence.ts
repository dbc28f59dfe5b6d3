/**
 * What Cognito requires, accepts and writes back for each identity-provider
 * type cogfed is adding beside OIDC: the facts the provider-type modules
 * (model, compile, review, diff) build on. Research and quotes:
 * docs/provider-evidence.md §6. Sources, cited per fact below:
 *
 * - [API] CreateIdentityProvider / IdentityProviderType.ProviderDetails, with
 *   per-type "Create or update request" and "Describe response" examples:
 *   https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails
 *   https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html
 *   (same text in botocore 1.43.11's cognito-idp service model).
 * - [TF] hashicorp/terraform-provider-aws internal/service/cognitoidp/identity_provider.go
 *   @ 0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a (suppressIdentityProviderProviderDetailsDiff,
 *   from PR https://github.com/hashicorp/terraform-provider-aws/pull/48121, open, unreleased).
 * - Issues showing the perpetual diff: https://github.com/hashicorp/terraform-provider-aws/issues/4807 (SAML),
 *   https://github.com/hashicorp/terraform-provider-aws/issues/4831 (Google, Facebook),
 *   https://github.com/hashicorp/terraform-provider-aws/issues/42157 (Google),
 *   https://github.com/hashicorp/terraform-provider-aws/issues/13582 (Apple private_key).
 */

export type ProviderTypeId = 'saml' | 'google' | 'facebook' | 'apple' | 'amazon';

export interface DetailKeyEvidence {
  /** `required`: Cognito rejects the request without it; `one-of`: see `requiredOneOf`; `optional`. */
  presence: 'required' | 'one-of' | 'optional';
  /** How the value is written. Every ProviderDetails value is a string: flags are "true"/"false". */
  format: string;
  /** Allowed values, when Cognito documents a closed set. */
  values?: readonly string[];
  /** A credential: never a literal in YAML, never printed. */
  secret?: boolean;
  /** Set only by the user; DescribeIdentityProvider does not return it. */
  neverReturned?: boolean;
}

export interface ProviderTypeEvidence {
  /** `provider_type` / ProviderType. */
  cognitoProviderType: 'SAML' | 'Google' | 'Facebook' | 'SignInWithApple' | 'LoginWithAmazon';
  /** The provider name Cognito requires (social types: the type itself). A SAML name is free within ProviderNameTypeV2 (docs/provider-evidence.md §6.4). */
  requiredName?: string;
  /** Keys the user sets in ProviderDetails. */
  detailKeys: Readonly<Record<string, DetailKeyEvidence>>;
  /** Groups of keys of which exactly one must be set. */
  requiredOneOf?: ReadonlyArray<readonly string[]>;
  /**
   * Keys Cognito adds to ProviderDetails on its own: DescribeIdentityProvider
   * returns them although nobody sent them, so Terraform plans to remove them
   * (`- key = "…" -> null`) on every run unless they are ignored.
   */
  writtenBack: readonly string[];
  /** Of `writtenBack`, what hashicorp/aws itself suppresses in [TF] (only once PR #48121 ships; nothing before it). */
  suppressedByProvider: readonly string[];
  /** What to register at the IdP; `{domain}` is the pool's domain host, `{userPoolId}` its id. */
  register: Readonly<Record<string, string>>;
  evidence: readonly string[];
}

const FLAG = 'the string "true" or "false"';

export const PROVIDER_EVIDENCE: Readonly<Record<ProviderTypeId, ProviderTypeEvidence>> = {
  saml: {
    cognitoProviderType: 'SAML',
    detailKeys: {
      // [API] "Create or update request with Metadata file": the plain-text metadata document
      // (its quotes escaped only by the JSON encoding of the request).
      MetadataFile: { presence: 'one-of', format: 'the IdP metadata XML document, as text' },
      // [API] "Create or update request with Metadata URL". Cognito fetches it (and, per
      // https://shibboleth.atlassian.net/wiki/pages/viewpage.action?navigatingVersions=true&pageId=1429930514, polls it).
      MetadataURL: { presence: 'one-of', format: 'an https URL of the IdP metadata' },
      // [API] IDPSignout "true": Cognito sends a signed LogoutRequest to the metadata's SingleLogoutService
      // (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html).
      IDPSignout: { presence: 'optional', format: FLAG },
      // [API] IDPInit "true": accept IdP-initiated assertions. Then no non-SAML IdP, COGNITO included, may share an
      // app client with this provider (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html).
      IDPInit: { presence: 'optional', format: FLAG },
      // [API] EncryptedResponses "true": the IdP must encrypt assertions with the provider's
      // ActiveEncryptionCertificate (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html).
      EncryptedResponses: { presence: 'optional', format: FLAG },
      // [API] example "rsa-sha256"; the only value documented (CDK's SigningAlgorithm enum has only RSA_SHA256:
      // https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.SigningAlgorithm.html). Absent: requests unsigned.
      RequestSigningAlgorithm: {
        presence: 'optional',
        format: 'a signature algorithm name',
        values: ['rsa-sha256'],
      },
    },
    // Error when neither is given: "At least one of the MetadataURL or MetadataFile should be provided."
    // (https://github.com/hashicorp/terraform-provider-aws/issues/4815).
    requiredOneOf: [['MetadataFile', 'MetadataURL']],
    // [API] SAML "Describe response" adds ActiveEncryptionCertificate, SLORedirectBindingURI, SSORedirectBindingURI.
    // Seen as a perpetual diff with MetadataURL in #4807 (SLO/SSO) and with MetadataFile in
    // https://github.com/lgallard/terraform-aws-cognito-user-pool/pull/420 (SSO) and PR #176 (certificate).
    // SLORedirectBindingURI appears when the metadata has an HTTP-Redirect SingleLogoutService.
    writtenBack: ['ActiveEncryptionCertificate', 'SLORedirectBindingURI', 'SSORedirectBindingURI'],
    // [TF]: ActiveEncryptionCertificate always; SSORedirectBindingURI only when MetadataFile is configured.
    // Not SLORedirectBindingURI, and not SSORedirectBindingURI with MetadataURL.
    suppressedByProvider: ['ActiveEncryptionCertificate', 'SSORedirectBindingURI'],
    register: {
      // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html ("Identify the ACS endpoint", POST binding)
      acsUrl: 'https://{domain}/saml2/idpresponse',
      // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-integrating-3rd-party-saml-providers.html
      spEntityId: 'urn:amazon:cognito:sp:{userPoolId}',
      // Sign-out: the IdP returns its LogoutResponse by HTTP POST to /saml2/logout (sign-out page above).
      logoutUrl: 'https://{domain}/saml2/logout',
      // The pool's request-signing certificate: GetSigningCertificate, in Terraform the data source
      // aws_cognito_user_pool_signing_certificate (attribute `certificate`, since hashicorp/aws 3.71.0).
      signingCertificate: 'data.aws_cognito_user_pool_signing_certificate.certificate',
      // With EncryptedResponses: the provider's own certificate, read back after apply.
      encryptionCertificate:
        'aws_cognito_identity_provider.provider_details["ActiveEncryptionCertificate"]',
    },
    evidence: [
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-signing-encryption.html',
      'https://github.com/hashicorp/terraform-provider-aws/blob/0ea4ca35db5cdf76cc6a4959e5d67ec36fc7081a/internal/service/cognitoidp/identity_provider.go',
      'https://github.com/hashicorp/terraform-provider-aws/issues/4807',
      'https://github.com/lgallard/terraform-aws-cognito-user-pool/pull/420',
    ],
  },

  google: {
    cognitoProviderType: 'Google',
    // "Provider NameOfGP cannot be of type Google." (https://github.com/aws/aws-cli/issues/3179,
    // https://github.com/hashicorp/terraform-provider-aws/issues/4822); CreateUserPoolClient lists
    // SupportedIdentityProviders "COGNITO, Facebook, Google, SignInWithApple, and LoginWithAmazon".
    requiredName: 'Google',
    detailKeys: {
      // Cognito: "client_id, client_secret and authorize_scopes are all required idp details"
      // (https://github.com/aws-amplify/amplify-cli/issues/8266).
      client_id: {
        presence: 'required',
        format: 'the Google OAuth client id (…apps.googleusercontent.com)',
      },
      client_secret: {
        presence: 'required',
        format: 'the Google OAuth client secret',
        secret: true,
      },
      // [API] example "email profile openid": space-separated.
      authorize_scopes: {
        presence: 'required',
        format: 'space-separated Google scopes, e.g. "email profile openid"',
      },
    },
    // [API] Google "Describe response"; #4831 and #42157 show each planned for removal.
    writtenBack: [
      'attributes_url',
      'attributes_url_add_attributes',
      'authorize_url',
      'oidc_issuer',
      'token_request_method',
      'token_url',
    ],
    // [TF] defaultIdentityProviderDetails["Google"]: all six, but only while each holds its default value.
    suppressedByProvider: [
      'attributes_url',
      'attributes_url_add_attributes',
      'authorize_url',
      'oidc_issuer',
      'token_request_method',
      'token_url',
    ],
    register: {
      // https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html (Google: Authorized JavaScript origins, Authorized redirect URIs)
      redirectUri: 'https://{domain}/oauth2/idpresponse',
      javascriptOrigin: 'https://{domain}',
    },
    evidence: [
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html',
      'https://github.com/hashicorp/terraform-provider-aws/issues/4831',
      'https://github.com/hashicorp/terraform-provider-aws/issues/42157',
      'https://github.com/hashicorp/terraform-provider-aws/pull/48121',
      'https://github.com/aws/aws-cli/issues/3179',
    ],
  },

  facebook: {
    cognitoProviderType: 'Facebook',
    requiredName: 'Facebook',
    detailKeys: {
      client_id: { presence: 'required', format: 'the Facebook app id' },
      client_secret: { presence: 'required', format: 'the Facebook app secret', secret: true },
      // [API] example "public_profile, email": comma-separated (the console guide says so too).
      authorize_scopes: {
        presence: 'required',
        format: 'comma-separated Facebook permissions, e.g. "public_profile, email"',
      },
      // [API] example "v17.0"; optional (CDK: "default - to the oldest version supported by Facebook").
      api_version: {
        presence: 'optional',
        format: 'a Graph API version, "v<major>.<minor>", e.g. "v17.0"',
      },
    },
    // [API] Facebook "Describe response"; #4831 (2018) shows these five planned for removal
    // (attributes_url https://graph.facebook.com/me?fields=, token_request_method GET).
    writtenBack: [
      'attributes_url',
      'attributes_url_add_attributes',
      'authorize_url',
      'token_request_method',
      'token_url',
    ],
    suppressedByProvider: [],
    register: {
      // Facebook Login "Valid OAuth Redirect URIs" and "App Domains" (social IdP guide above).
      redirectUri: 'https://{domain}/oauth2/idpresponse',
      appDomain: 'https://{domain}',
    },
    evidence: [
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html',
      'https://github.com/hashicorp/terraform-provider-aws/issues/4831',
      'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolIdentityProviderFacebookProps.html',
    ],
  },

  apple: {
    cognitoProviderType: 'SignInWithApple',
    requiredName: 'SignInWithApple',
    detailKeys: {
      // The Services ID.
      client_id: {
        presence: 'required',
        format: 'the Apple Services ID, e.g. "com.example.cognito"',
      },
      team_id: { presence: 'required', format: 'the Apple developer Team ID (10 characters)' },
      key_id: {
        presence: 'required',
        format: 'the Key ID of the Sign in with Apple key (10 characters)',
      },
      // [API] "Describe operations don't return the private key" (older model text); #13582.
      // Cognito rejects a bad key: "Provided private key cannot be used for Sign in with Apple."
      // (https://github.com/aws-amplify/amplify-cli/issues/8939).
      private_key: {
        presence: 'required',
        format: 'the .p8 private key (PEM text)',
        secret: true,
        neverReturned: true,
      },
      // [API] example "email name": space-separated, a subset of email and name.
      authorize_scopes: {
        presence: 'required',
        format: 'space-separated, a subset of "email name"',
        values: ['email', 'name'],
      },
    },
    // [API] SignInWithApple "Describe response" (no attributes_url for Apple).
    writtenBack: [
      'attributes_url_add_attributes',
      'authorize_url',
      'oidc_issuer',
      'token_request_method',
      'token_url',
    ],
    suppressedByProvider: [],
    register: {
      // Services ID "Return URLs" and "Domains and Subdomains" (host only).
      returnUrl: 'https://{domain}/oauth2/idpresponse',
      domain: '{domain}',
    },
    evidence: [
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html',
      'https://github.com/hashicorp/terraform-provider-aws/issues/13582',
      'https://github.com/lgallard/terraform-aws-cognito-user-pool/pull/416',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp-apple.html',
    ],
  },

  amazon: {
    cognitoProviderType: 'LoginWithAmazon',
    requiredName: 'LoginWithAmazon',
    detailKeys: {
      client_id: {
        presence: 'required',
        format: 'the Login with Amazon client id, "amzn1.application-oa2-client.…"',
      },
      client_secret: {
        presence: 'required',
        format: 'the Login with Amazon client secret',
        secret: true,
      },
      // [API] example "profile postal_code": space-separated.
      authorize_scopes: {
        presence: 'required',
        format: 'space-separated scopes, e.g. "profile postal_code"',
      },
    },
    // [API] LoginWithAmazon "Describe response". No Terraform issue found for it (same class as Facebook).
    writtenBack: [
      'attributes_url',
      'attributes_url_add_attributes',
      'authorize_url',
      'token_request_method',
      'token_url',
    ],
    suppressedByProvider: [],
    register: {
      // Login with Amazon security profile "Allowed Origins" and "Allowed Return URLs" (social IdP guide above).
      redirectUri: 'https://{domain}/oauth2/idpresponse',
      allowedOrigin: 'https://{domain}',
    },
    evidence: [
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html',
    ],
  },
};

/**
 * What DescribeIdentityProvider returns for a type: the keys the user set
 * (less those never returned) and the keys Cognito writes back. An importer
 * takes the first group into YAML and drops the second.
 */
export function describedKeys(
  type: ProviderTypeId,
  userKeys: readonly string[],
): { userSet: string[]; awsSet: string[] } {
  const evidence = PROVIDER_EVIDENCE[type];
  const userSet = userKeys.filter((k) => !evidence.detailKeys[k]?.neverReturned).sort();
  return {
    userSet,
    awsSet: evidence.writtenBack
      .filter((k) => !userKeys.includes(k))
      .slice()
      .sort(),
  };
}
