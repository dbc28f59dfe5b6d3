import { attributeMappingImmutable } from './attribute-mapping-immutable';
import { attributeMappingKey } from './attribute-mapping-key';
import { awsProviderVersion } from './aws-provider-version';
import { awsRegion } from './aws-region';
import { callbackLocalhostProduction } from './callback-localhost-production';
import { backendS3 } from './backend-s3';
import { clientAuthFlowTier } from './client-auth-flow-tier';
import { clientCallbackRequired } from './client-callback-required';
import { clientCredentialsAlone } from './client-credentials-alone';
import { clientCredentialsScopes } from './client-credentials-scopes';
import { clientCredentialsSecret } from './client-credentials-secret';
import { clientDefaultRedirect } from './client-default-redirect';
import { clientIdpUnknown } from './client-idp-unknown';
import { clientName } from './client-name';
import { clientOauthProviders } from './client-oauth-providers';
import { clientUrl } from './client-url';
import { clientUrlLimit } from './client-url-limit';
import { clientWriteAttributes } from './client-write-attributes';
import { customAttribute } from './custom-attribute';
import { existingPool } from './existing-pool';
import { domainCertificate } from './domain-certificate';
import { domainCustomName } from './domain-custom-name';
import { domainKind } from './domain-kind';
import { domainPrefix } from './domain-prefix';
import { domainPrefixDuplicate } from './domain-prefix-duplicate';
import { idFormat } from './id-format';
import { idpIdentifierDomain } from './idp-identifier-domain';
import { idpIdentifierDuplicate } from './idp-identifier-duplicate';
import { idpIdentifiers } from './idp-identifiers';
import { idpIdentifiersRouter } from './idp-identifiers-router';
import { idpNameDuplicate } from './idp-name-duplicate';
import { idpName } from './idp-name';
import { idpNameReserved } from './idp-name-reserved';
import { importId } from './import-id';
import { idpNameSocial } from './idp-name-social';
import { idpPending } from './idp-pending';
import { managedLoginTier } from './managed-login-tier';
import { mfaConfig } from './mfa-config';
import { numberPrecision } from './number-precision';
import { oidcEndpoints } from './oidc-endpoints';
import { oidcIssuer } from './oidc-issuer';
import { oidcIssuerValue } from './oidc-issuer-value';
import { oidcScopesOpenid } from './oidc-scopes-openid';
import { passwordPolicy } from './password-policy';
import { poolName } from './pool-name';
import { poolQuota } from './pool-quota';
import { renamedFrom } from './renamed-from';
import { resourceServer } from './resource-server';
import { resourceServerDuplicate } from './resource-server-duplicate';
import { scopeOpenidRequired } from './scope-openid-required';
import { scopeUnknown } from './scope-unknown';
import { secretReferenceEmpty } from './secret-reference-empty';
import { secretVariableName } from './secret-variable-name';
import { stackDuplicate } from './stack-duplicate';
import { stackName } from './stack-name';
import { tenantDuplicate } from './tenant-duplicate';
import { tenantJoinsUnknown } from './tenant-joins-unknown';
import { tags } from './tags';
import { tokenValidity } from './token-validity';
import { urlUserinfo } from './url-userinfo';
import { appleIds } from './apple-ids';
import { facebookApiVersion } from './facebook-api-version';
import { samlIdpInitiated } from './saml-idp-initiated';
import { samlMetadataSource } from './saml-metadata-source';
import { samlName } from './saml-name';
import { socialScopes } from './social-scopes';

/**
 * Every per-file rule, grouped as the file reads (stack, pools, providers,
 * clients). Findings are sorted by position afterwards; this order breaks no ties.
 */
export const RULES = [
  // The stack and its AWS settings
  stackName,
  awsRegion,
  awsProviderVersion,
  tags,
  backendS3,
  // Pools
  idFormat,
  existingPool,
  poolName,
  poolQuota,
  numberPrecision,
  passwordPolicy,
  mfaConfig,
  customAttribute,
  domainKind,
  domainPrefix,
  domainCustomName,
  domainCertificate,
  managedLoginTier,
  resourceServer,
  resourceServerDuplicate,
  // Identity providers
  idpName,
  idpNameReserved,
  idpNameSocial,
  samlName,
  oidcIssuer,
  oidcIssuerValue,
  oidcScopesOpenid,
  oidcEndpoints,
  samlMetadataSource,
  socialScopes,
  facebookApiVersion,
  appleIds,
  secretVariableName,
  secretReferenceEmpty,
  idpIdentifiers,
  idpIdentifiersRouter,
  idpIdentifierDomain,
  idpIdentifierDuplicate,
  attributeMappingKey,
  attributeMappingImmutable,
  // App clients
  clientName,
  clientIdpUnknown,
  idpPending,
  samlIdpInitiated,
  clientOauthProviders,
  clientCallbackRequired,
  clientUrl,
  clientUrlLimit,
  clientDefaultRedirect,
  clientCredentialsAlone,
  clientCredentialsSecret,
  clientCredentialsScopes,
  scopeOpenidRequired,
  scopeUnknown,
  tokenValidity,
  clientWriteAttributes,
  clientAuthFlowTier,
  callbackLocalhostProduction,
  // Every URL the file holds
  urlUserinfo,
  // Adoption of existing resources (cogfed import)
  importId,
  // Renames (Terraform moved blocks)
  renamedFrom,
] as const;

/** Rules across the estate: every assembled stack, and the tenant files (src/validate/assemble). */
export const CROSS_FILE_RULES = [
  stackDuplicate,
  domainPrefixDuplicate,
  tenantJoinsUnknown,
  tenantDuplicate,
  idpNameDuplicate,
] as const;

/** Every rule's code: a closed union, like the hazard codes. */
export type RuleCode = (typeof RULES)[number]['code'] | (typeof CROSS_FILE_RULES)[number]['code'];
