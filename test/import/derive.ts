import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from '../compile/helpers';

/**
 * What the Cognito API would answer about the resources of one synthesized
 * stack, once Terraform has applied it: the responses of DescribeUserPool,
 * GetUserPoolMfaConfig, DescribeUserPoolDomain, ListResourceServers,
 * List/DescribeIdentityProvider(s), List/DescribeUserPoolClient(s) and
 * DescribeManagedLoginBrandingByClient, shaped as the API reference documents
 * them (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/):
 * every standard attribute in SchemaAttributes, `attributes_url_add_attributes`
 * in an OIDC provider's details, metadata (ARN, dates, counts), and secrets
 * in clear where the API returns them (a provider's client_secret, a
 * confidential client's ClientSecret). Test-only: the round trip feeds these
 * to `cogfed import`.
 */
export const ACCOUNT = '111122223333';
const DATE = 1767225600; // 2026-01-01, epoch seconds as the JSON protocol sends dates

/** Secret values the derived responses carry; no output of `cogfed import` may contain one. */
export function providerSecret(name: string): string {
  return `PROVIDER-SECRET-${name.replace(/\W/g, '')}-d0n0tleak`;
}
export function clientSecret(id: string): string {
  return `clientsecret${id}x0d0n0tleak0000000000`;
}

export interface Responses {
  poolId: string;
  /** File name → the JSON the AWS CLI would print. */
  files: Map<string, Json>;
}

/** Undo compile's `literal()` escaping. */
function text(value: string): string {
  return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

const STANDARD = [
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'website',
  'zoneinfo',
];

function standardAttributes(): Json[] {
  const string = (Name: string, extra: Json = {}) => ({
    Name,
    AttributeDataType: 'String',
    DeveloperOnlyAttribute: false,
    Mutable: true,
    Required: false,
    StringAttributeConstraints: { MinLength: '0', MaxLength: '2048' },
    ...extra,
  });
  return [
    string('sub', {
      Mutable: false,
      Required: true,
      StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
    }),
    ...STANDARD.map((n) => string(n)),
    {
      Name: 'email_verified',
      AttributeDataType: 'Boolean',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
    },
    {
      Name: 'phone_number_verified',
      AttributeDataType: 'Boolean',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
    },
    {
      Name: 'updated_at',
      AttributeDataType: 'Number',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      NumberAttributeConstraints: { MinValue: '0' },
    },
    string('identities', { StringAttributeConstraints: {} }),
  ];
}

/** A deterministic id of the given alphabet. */
function fakeId(
  seed: string,
  length: number,
  alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789',
): string {
  let h = 2166136261;
  let out = '';
  for (let i = 0; out.length < length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i % seed.length) ^ i, 16777619) >>> 0;
    out += alphabet[h % alphabet.length];
  }
  return out;
}

function uuid(seed: string): string {
  const hex = fakeId(seed, 32, '0123456789abcdef');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The responses for the one pool of a synthesized stack (cdk.tf.json, parsed). */
export function deriveResponses(stack: Json): Responses {
  const region: string = stack.provider.aws[0].region;
  const tags: Record<string, string> = stack.provider.aws[0].default_tags?.[0]?.tags ?? {};
  const resources = stack.resource as Record<string, Record<string, Json>>;
  const [[poolAddress, pool]] = Object.entries(resources.aws_cognito_user_pool);
  const poolId = `${region}_${fakeId(poolAddress, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`;
  const files = new Map<string, Json>();
  const ref = (value: string) => /^\$\{([a-z_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)\}$/.exec(value);

  // --- the pool
  const schema: Json[] = standardAttributes();
  for (const s of pool.schema ?? []) {
    schema.push({
      Name: `custom:${text(s.name)}`,
      AttributeDataType: s.attribute_data_type,
      DeveloperOnlyAttribute: s.developer_only_attribute,
      Mutable: s.mutable,
      Required: s.required,
      ...(s.string_attribute_constraints
        ? {
            StringAttributeConstraints: {
              MinLength: s.string_attribute_constraints.min_length,
              MaxLength: s.string_attribute_constraints.max_length,
            },
          }
        : {}),
      ...(s.number_attribute_constraints
        ? {
            NumberAttributeConstraints: {
              ...(s.number_attribute_constraints.min_value !== undefined
                ? { MinValue: s.number_attribute_constraints.min_value }
                : {}),
              ...(s.number_attribute_constraints.max_value !== undefined
                ? { MaxValue: s.number_attribute_constraints.max_value }
                : {}),
            },
          }
        : {}),
    });
  }
  const domains = Object.values(resources.aws_cognito_user_pool_domain ?? {});
  const domain = domains[0];
  const pp = pool.password_policy;
  const email = pool.email_configuration;
  const sms = pool.sms_configuration;
  const userPool: Json = {
    Id: poolId,
    Name: text(pool.name),
    Policies: {
      PasswordPolicy: {
        MinimumLength: pp.minimum_length,
        RequireUppercase: pp.require_uppercase,
        RequireLowercase: pp.require_lowercase,
        RequireNumbers: pp.require_numbers,
        RequireSymbols: pp.require_symbols,
        ...(pp.password_history_size !== undefined
          ? { PasswordHistorySize: pp.password_history_size }
          : {}),
        TemporaryPasswordValidityDays: pp.temporary_password_validity_days,
      },
      SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] },
    },
    DeletionProtection: pool.deletion_protection,
    LambdaConfig: {},
    LastModifiedDate: DATE,
    CreationDate: DATE,
    SchemaAttributes: schema,
    AutoVerifiedAttributes: pool.auto_verified_attributes ?? [],
    ...(pool.username_attributes ? { UsernameAttributes: pool.username_attributes } : {}),
    VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
    UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: [] },
    MfaConfiguration: pool.mfa_configuration,
    EstimatedNumberOfUsers: 0,
    EmailConfiguration: email
      ? {
          SourceArn: text(email.source_arn),
          EmailSendingAccount: email.email_sending_account,
          ...(email.from_email_address ? { From: text(email.from_email_address) } : {}),
          ...(email.reply_to_email_address
            ? { ReplyToEmailAddress: text(email.reply_to_email_address) }
            : {}),
        }
      : { EmailSendingAccount: 'COGNITO_DEFAULT' },
    ...(sms
      ? {
          SmsConfiguration: {
            SnsCallerArn: text(sms.sns_caller_arn),
            ExternalId: text(sms.external_id),
            SnsRegion: sms.sns_region ? text(sms.sns_region) : region,
          },
        }
      : {}),
    UserPoolTags: Object.fromEntries(Object.entries(tags).map(([k, v]) => [text(k), text(v)])),
    ...(domain && !domain.certificate_arn ? { Domain: text(domain.domain) } : {}),
    ...(domain?.certificate_arn ? { CustomDomain: text(domain.domain) } : {}),
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 },
    UsernameConfiguration: { CaseSensitive: pool.username_configuration.case_sensitive },
    Arn: `arn:aws:cognito-idp:${region}:${ACCOUNT}:userpool/${poolId}`,
    AccountRecoverySetting: {
      RecoveryMechanisms: pool.account_recovery_setting.recovery_mechanism.map((m: Json) => ({
        Priority: m.priority,
        Name: m.name,
      })),
    },
    UserPoolTier: pool.user_pool_tier ?? 'ESSENTIALS',
  };
  files.set('describe-user-pool.json', { UserPool: userPool });
  files.set('get-user-pool-mfa-config.json', {
    ...(sms && pool.mfa_configuration !== 'OFF'
      ? { SmsMfaConfiguration: { SmsConfiguration: userPool.SmsConfiguration } }
      : {}),
    SoftwareTokenMfaConfiguration: {
      Enabled: pool.software_token_mfa_configuration?.enabled === true,
    },
    ...(pool.email_mfa_configuration ? { EmailMfaConfiguration: {} } : {}),
    MfaConfiguration: pool.mfa_configuration,
    WebAuthnConfiguration: { UserVerification: 'preferred' },
  });

  // --- the domain
  if (domain) {
    files.set('describe-user-pool-domain.json', {
      DomainDescription: {
        UserPoolId: poolId,
        AWSAccountId: ACCOUNT,
        Domain: text(domain.domain),
        CloudFrontDistribution: 'd111111abcdef8.cloudfront.net',
        Version: '20260101000000',
        Status: 'ACTIVE',
        ...(domain.certificate_arn
          ? { CustomDomainConfig: { CertificateArn: text(domain.certificate_arn) } }
          : {}),
        ManagedLoginVersion: domain.managed_login_version,
      },
    });
  }

  // --- resource servers
  files.set('list-resource-servers.json', {
    ResourceServers: Object.values(resources.aws_cognito_resource_server ?? {}).map((rs) => ({
      UserPoolId: poolId,
      Identifier: text(rs.identifier),
      Name: text(rs.name),
      Scopes: (rs.scope ?? []).map((s: Json) => ({
        ScopeName: text(s.scope_name),
        ScopeDescription: text(s.scope_description),
      })),
    })),
  });

  // --- identity providers
  const providerNames = new Map<string, string>();
  const providers = Object.entries(resources.aws_cognito_identity_provider ?? {});
  files.set('list-identity-providers.json', {
    Providers: providers.map(([, p]) => ({
      ProviderName: text(p.provider_name),
      ProviderType: p.provider_type,
      LastModifiedDate: DATE,
      CreationDate: DATE,
    })),
  });
  for (const [address, p] of providers) {
    const name = text(p.provider_name);
    providerNames.set(address, name);
    const details: Record<string, string> = {};
    for (const [key, value] of Object.entries(p.provider_details as Record<string, string>))
      details[key] = key === 'client_secret' ? providerSecret(name) : text(value);
    details.attributes_url_add_attributes = 'false';
    files.set(`describe-identity-provider-${name.replace(/\W/g, '_')}.json`, {
      IdentityProvider: {
        UserPoolId: poolId,
        ProviderName: name,
        ProviderType: p.provider_type,
        ProviderDetails: details,
        AttributeMapping: Object.fromEntries(
          Object.entries(p.attribute_mapping ?? {}).map(([k, v]) => [text(k), text(v as string)]),
        ),
        IdpIdentifiers: (p.idp_identifiers ?? []).map(text),
        LastModifiedDate: DATE,
        CreationDate: DATE,
      },
    });
  }

  // --- clients and their managed login styles
  const clients = Object.entries(resources.aws_cognito_user_pool_client ?? {});
  const clientIds = new Map(clients.map(([address]) => [address, fakeId(address, 26)]));
  files.set('list-user-pool-clients.json', {
    UserPoolClients: clients.map(([address, c]) => ({
      ClientId: clientIds.get(address),
      UserPoolId: poolId,
      ClientName: text(c.name),
    })),
  });
  const brandings = Object.values(resources.aws_cognito_managed_login_branding ?? {});
  for (const [address, c] of clients) {
    const clientId = clientIds.get(address)!;
    const units = c.token_validity_units[0];
    const list = (key: string) => (c[key] ? (c[key] as string[]).map(text) : undefined);
    files.set(`describe-user-pool-client-${clientId}.json`, {
      UserPoolClient: {
        UserPoolId: poolId,
        ClientName: text(c.name),
        ClientId: clientId,
        ...(c.generate_secret ? { ClientSecret: clientSecret(clientId) } : {}),
        LastModifiedDate: DATE,
        CreationDate: DATE,
        RefreshTokenValidity: c.refresh_token_validity,
        AccessTokenValidity: c.access_token_validity,
        IdTokenValidity: c.id_token_validity,
        TokenValidityUnits: {
          AccessToken: units.access_token,
          IdToken: units.id_token,
          RefreshToken: units.refresh_token,
        },
        ...(c.read_attributes ? { ReadAttributes: list('read_attributes') } : {}),
        ...(c.write_attributes ? { WriteAttributes: list('write_attributes') } : {}),
        ExplicitAuthFlows: c.explicit_auth_flows,
        ...(c.supported_identity_providers
          ? {
              SupportedIdentityProviders: (c.supported_identity_providers as string[]).map((p) =>
                ref(p) ? providerNames.get(ref(p)![2])! : text(p),
              ),
            }
          : {}),
        ...(c.callback_urls ? { CallbackURLs: list('callback_urls') } : {}),
        ...(c.logout_urls ? { LogoutURLs: list('logout_urls') } : {}),
        ...(c.default_redirect_uri ? { DefaultRedirectURI: text(c.default_redirect_uri) } : {}),
        ...(c.allowed_oauth_flows ? { AllowedOAuthFlows: c.allowed_oauth_flows } : {}),
        ...(c.allowed_oauth_scopes ? { AllowedOAuthScopes: list('allowed_oauth_scopes') } : {}),
        AllowedOAuthFlowsUserPoolClient: c.allowed_oauth_flows_user_pool_client,
        PreventUserExistenceErrors: c.prevent_user_existence_errors,
        EnableTokenRevocation: c.enable_token_revocation,
        EnablePropagateAdditionalUserContextData: false,
        AuthSessionValidity: 3,
      },
    });
    if (domain?.managed_login_version === 2) {
      const branding = brandings.find((b) => ref(b.client_id)?.[2] === address);
      files.set(
        `describe-managed-login-branding-by-client-${clientId}.json`,
        branding
          ? {
              ManagedLoginBranding: {
                ManagedLoginBrandingId: uuid(address),
                UserPoolId: poolId,
                UseCognitoProvidedValues: true,
                Settings: {},
                Assets: [],
                CreationDate: DATE,
                LastModifiedDate: DATE,
              },
            }
          : '',
      );
    }
  }
  return { poolId, files };
}

/** Write the responses as the AWS CLI would have printed them, one file each. */
export function writeResponses(responses: Responses, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, json] of responses.files)
    writeFileSync(join(dir, name), json === '' ? '' : `${JSON.stringify(json, null, 4)}\n`);
}
