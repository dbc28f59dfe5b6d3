import { DEFAULTS } from '../../model/defaults';
import type {
  CustomAttributeConfig,
  MfaConfig,
  PasswordPolicyConfig,
  UserPoolConfig,
} from '../../validate/config';
import { STANDARD_ATTRIBUTES } from '../../validate/rules/vocabulary';
import { MANAGED_BY } from './managed-by';
import { Fields, isEmpty, Json } from './fields';
import type { Effect } from './notes';

export interface PoolContext {
  resource: string;
  note(attribute: string, live: unknown, effect: Effect, why: string): void;
}

/**
 * The attributes every pool's schema lists besides custom ones: the standard
 * attributes a provider may map (src/validate/rules/vocabulary.ts), and
 * `sub` and `identities`, which Cognito writes itself and no mapping may
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html).
 */
export const SCHEMA_STANDARD_ATTRIBUTES: readonly string[] = [
  ...STANDARD_ATTRIBUTES,
  'identities',
  'sub',
];

const TYPES = {
  String: 'string',
  Number: 'number',
  Boolean: 'boolean',
  DateTime: 'datetime',
} as const;

/** Provider schema facts the notes cite: hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool.go. */
const PROVIDER_SCHEMA = 'hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool.go';

/**
 * DescribeUserPool (and GetUserPoolMfaConfig) → the pool's YAML, without
 * domain, resource servers, providers and clients. Returns the tags too,
 * which belong to the stack (`aws.tags`).
 */
export function mapPool(
  pool: Fields,
  mfaConfig: Json | undefined,
  context: PoolContext,
): { config: UserPoolConfig; tags: Record<string, string> } {
  const { note } = context;
  pool.skip(
    'Id',
    'Arn',
    'Status',
    'LastModifiedDate',
    'CreationDate',
    'EstimatedNumberOfUsers',
    'SmsConfigurationFailure',
    'EmailConfigurationFailure',
  );
  // Read by the domain mapping (map-domain.ts), from DescribeUserPoolDomain.
  pool.skip('Domain', 'CustomDomain');
  const config: UserPoolConfig = {};
  const name = pool.get<string>('Name');
  if (name !== undefined) config.name = name;
  if (pool.get('DeletionProtection') === 'INACTIVE') config.deletionProtection = false;
  const tier = pool.get<string>('UserPoolTier');
  // Omitted means "the AWS default" (Essentials); cogfed then writes no user_pool_tier and Terraform keeps the live one.
  if (tier !== undefined && tier !== 'ESSENTIALS')
    config.tier = tier.toLowerCase() as UserPoolConfig['tier'];

  const signIn: NonNullable<UserPoolConfig['signIn']> = {};
  const usernameAttributes = [...(pool.get<string[]>('UsernameAttributes') ?? [])].sort() as Array<
    'email' | 'phone_number'
  >;
  if (usernameAttributes.length > 0) signIn.usernameAttributes = usernameAttributes;
  const aliases = pool.get<string[]>('AliasAttributes');
  if (!isEmpty(aliases)) {
    note(
      'AliasAttributes',
      aliases,
      'replaced',
      `cogfed has no alias attributes and alias_attributes forces a new pool (ForceNew in ${PROVIDER_SCHEMA}; docs/provider-evidence.md §2)`,
    );
  }
  const usernameConfiguration = pool.nested('UsernameConfiguration');
  const caseSensitive = usernameConfiguration.get<boolean>('CaseSensitive');
  if (caseSensitive === undefined) {
    note(
      'UsernameConfiguration',
      '(none)',
      'replaced',
      `cogfed always writes username_configuration.case_sensitive, which forces a new pool when it changes (ForceNew in ${PROVIDER_SCHEMA}); a pool created without it reads back without one`,
    );
  } else if (caseSensitive) signIn.caseSensitive = true;
  const autoVerify = [...(pool.get<string[]>('AutoVerifiedAttributes') ?? [])].sort() as Array<
    'email' | 'phone_number'
  >;
  if (autoVerify.join() !== usernameAttributes.join()) signIn.autoVerify = autoVerify;
  if (Object.keys(signIn).length > 0) config.signIn = signIn;

  const policies = pool.nested('Policies');
  const passwordPolicy = mapPasswordPolicy(policies.nested('PasswordPolicy'));
  if (Object.keys(passwordPolicy).length > 0) config.passwordPolicy = passwordPolicy;
  const signInPolicy = policies.nested('SignInPolicy');
  const factors = signInPolicy.get<string[]>('AllowedFirstAuthFactors');
  if (factors !== undefined && !(factors.length === 1 && factors[0] === 'PASSWORD')) {
    note(
      'Policies.SignInPolicy.AllowedFirstAuthFactors',
      factors,
      'unverified',
      'cogfed does not manage choice-based sign-in factors yet',
    );
  }

  const mfa = mapMfa(pool, mfaConfig, context);
  if (mfa) config.mfa = mfa;

  const email = pool.nested('EmailConfiguration');
  const account = email.get<string>('EmailSendingAccount');
  if (account === 'DEVELOPER') {
    config.email = {
      sesSourceArn: email.get<string>('SourceArn') ?? '',
      ...(email.get<string>('From') ? { from: email.get<string>('From') } : {}),
      ...(email.get<string>('ReplyToEmailAddress')
        ? { replyTo: email.get<string>('ReplyToEmailAddress') }
        : {}),
    };
    const set = email.get('ConfigurationSet');
    if (!isEmpty(set))
      note(
        'EmailConfiguration.ConfigurationSet',
        set,
        'reverted',
        'cogfed writes email_configuration without configuration_set, so Terraform removes it',
      );
  } else {
    // Cognito's own sender: cogfed writes no email_configuration, and the provider suppresses the diff of a missing block.
    email.skip('EmailSendingAccount');
    for (const key of ['SourceArn', 'From', 'ReplyToEmailAddress', 'ConfigurationSet']) {
      const value = email.get(key);
      if (!isEmpty(value))
        note(
          `EmailConfiguration.${key}`,
          value,
          'kept',
          `cogfed models email only for SES sending (DEVELOPER); email_configuration is not written and its diff is suppressed (${PROVIDER_SCHEMA}, SuppressMissingOptionalConfigurationBlock)`,
        );
    }
  }

  const custom = mapSchema(pool, context);
  if (Object.keys(custom).length > 0) config.customAttributes = custom;

  const tags: Record<string, string> = {
    ...(pool.get<Record<string, string>>('UserPoolTags') ?? {}),
  };
  if (tags[MANAGED_BY.key] === MANAGED_BY.value) delete tags[MANAGED_BY.key];
  else
    note(
      `UserPoolTags.${MANAGED_BY.key}`,
      tags[MANAGED_BY.key] ?? '(none)',
      'added',
      `cogfed tags every resource \`${MANAGED_BY.key} = ${MANAGED_BY.value}\` (the provider's default_tags) unless the file's aws.tags set ${MANAGED_BY.key}`,
    );
  if (tags[MANAGED_BY.key] !== undefined) delete tags[MANAGED_BY.key];

  unmanagedPoolAttributes(pool, context);
  return { config, tags };
}

function mapPasswordPolicy(policy: Fields): PasswordPolicyConfig {
  const out: PasswordPolicyConfig = {};
  const pairs = [
    ['MinimumLength', 'minimumLength'],
    ['RequireLowercase', 'requireLowercase'],
    ['RequireUppercase', 'requireUppercase'],
    ['RequireNumbers', 'requireNumbers'],
    ['RequireSymbols', 'requireSymbols'],
    ['TemporaryPasswordValidityDays', 'temporaryPasswordValidityDays'],
  ] as const;
  for (const [api, yaml] of pairs) {
    const value = policy.get<number | boolean>(api);
    if (value !== undefined && value !== DEFAULTS.passwordPolicy[yaml])
      (out as Record<string, unknown>)[yaml] = value;
  }
  const history = policy.get<number>('PasswordHistorySize');
  if (history !== undefined && history !== 0) out.historySize = history;
  return out;
}

function mapMfa(
  pool: Fields,
  mfaConfig: Json | undefined,
  { note }: PoolContext,
): MfaConfig | undefined {
  const configuration = pool.get<string>('MfaConfiguration') ?? 'OFF';
  const sms = pool.nested('SmsConfiguration');
  const smsConfig = {
    snsCallerArn: sms.get<string>('SnsCallerArn'),
    externalId: sms.get<string>('ExternalId'),
    snsRegion: sms.get<string>('SnsRegion'),
  };
  const smsAuthenticationMessage = pool.get('SmsAuthenticationMessage');
  const keepSms = () => {
    if (smsConfig.snsCallerArn !== undefined)
      note(
        'SmsConfiguration',
        smsConfig,
        'kept',
        `cogfed writes sms_configuration only for SMS MFA; the block is Optional+Computed (${PROVIDER_SCHEMA}), so Terraform keeps the live one`,
      );
  };
  if (!isEmpty(smsAuthenticationMessage))
    note(
      'SmsAuthenticationMessage',
      smsAuthenticationMessage,
      'reverted',
      `cogfed does not manage message templates yet; sms_authentication_message is Optional without Computed (${PROVIDER_SCHEMA}), so Terraform removes it`,
    );
  if (configuration === 'OFF') {
    keepSms();
    return undefined;
  }
  const mode = configuration === 'ON' ? 'required' : 'optional';
  if (mfaConfig === undefined) {
    note(
      'MfaConfiguration',
      configuration,
      'unverified',
      'which second factors are on is known only from GetUserPoolMfaConfig, which was not read (offline: add the output of `aws cognito-idp get-user-pool-mfa-config`)',
    );
    keepSms();
    return { mode, methods: [] };
  }
  const mfa = new Fields(mfaConfig, 'GetUserPoolMfaConfig');
  mfa.skip('MfaConfiguration', '$metadata');
  const methods: Array<'totp' | 'sms' | 'email'> = [];
  if (mfa.nested('SoftwareTokenMfaConfiguration').get('Enabled') === true) methods.push('totp');
  const smsMfa = mfa.nested('SmsMfaConfiguration');
  const smsMfaConfig = smsMfa.get('SmsConfiguration');
  smsMfa.skip('SmsAuthenticationMessage');
  const emailMfa = mfa.nested('EmailMfaConfiguration');
  const emailMfaValue = mfa.value.EmailMfaConfiguration;
  if (!isEmpty(smsMfaConfig)) methods.push('sms');
  if (emailMfaValue !== undefined && emailMfaValue !== null) {
    methods.push('email');
    for (const key of ['Message', 'Subject']) {
      const value = emailMfa.get(key);
      if (!isEmpty(value))
        note(
          `GetUserPoolMfaConfig.EmailMfaConfiguration.${key}`,
          value,
          'unverified',
          'cogfed writes email_mfa_configuration without a message or subject',
        );
    }
  }
  const webAuthn = mfa.nested('WebAuthnConfiguration');
  const relyingParty = webAuthn.get('RelyingPartyId');
  const verification = webAuthn.get('UserVerification');
  if (!isEmpty(relyingParty) || (verification !== undefined && verification !== 'preferred')) {
    note(
      'GetUserPoolMfaConfig.WebAuthnConfiguration',
      { RelyingPartyId: relyingParty, UserVerification: verification },
      'unverified',
      'cogfed does not manage passkeys (WebAuthn) yet',
    );
  }
  for (const unread of mfa.unread(''))
    note(unread.attribute, unread.live, unread.effect, unread.why);
  const out: MfaConfig = { mode, methods: methods.sort() };
  if (methods.includes('sms') && smsConfig.snsCallerArn !== undefined) {
    out.sms = { snsCallerArn: smsConfig.snsCallerArn, externalId: smsConfig.externalId ?? '' };
    if (smsConfig.snsRegion !== undefined && smsConfig.snsRegion !== regionOf(pool))
      out.sms.snsRegion = smsConfig.snsRegion;
  } else keepSms();
  return out;
}

function regionOf(pool: Fields): string | undefined {
  const arn = pool.value.Arn;
  return typeof arn === 'string' ? arn.split(':')[3] : undefined;
}

/** SchemaAttributes: custom attributes become `customAttributes`; standard ones must be as Cognito creates them. */
function mapSchema(pool: Fields, { note }: PoolContext): Record<string, CustomAttributeConfig> {
  const out: Record<string, CustomAttributeConfig> = {};
  const schemaWhy =
    'cogfed writes required = false and developer_only_attribute = false, and the provider refuses to change a schema attribute at apply ("cannot modify or remove schema items", docs/provider-evidence.md §3)';
  for (const attribute of pool.get<Json[]>('SchemaAttributes') ?? []) {
    const name = String(attribute.Name ?? '');
    const where = `SchemaAttributes[${name}]`;
    const customName = /^(?:dev:)?custom:(.+)$/.exec(name)?.[1];
    if (customName === undefined) {
      if (!SCHEMA_STANDARD_ATTRIBUTES.includes(name)) {
        note(where, attribute, 'unverified', 'an attribute that is neither standard nor custom:');
        continue;
      }
      // sub is required and immutable in every pool; others as Cognito creates them are not in Terraform's state.
      if (
        name !== 'sub' &&
        (attribute.Required === true ||
          attribute.Mutable === false ||
          attribute.DeveloperOnlyAttribute === true)
      ) {
        note(
          where,
          { Required: attribute.Required, Mutable: attribute.Mutable },
          'apply-fails',
          `cogfed does not declare standard attributes, so Terraform plans to remove this one from \`schema\`: ${schemaWhy}`,
        );
      }
      continue;
    }
    const type = TYPES[attribute.AttributeDataType as keyof typeof TYPES];
    if (type === undefined) {
      note(
        where,
        attribute.AttributeDataType,
        'unverified',
        'an attribute type cogfed does not know',
      );
      continue;
    }
    const config: CustomAttributeConfig = { type };
    if (attribute.Mutable === false) config.mutable = false;
    if (
      attribute.Required === true ||
      attribute.DeveloperOnlyAttribute === true ||
      name.startsWith('dev:')
    ) {
      note(
        where,
        { Required: attribute.Required, DeveloperOnlyAttribute: attribute.DeveloperOnlyAttribute },
        'apply-fails',
        schemaWhy,
      );
    }
    const strings = (attribute.StringAttributeConstraints ?? {}) as Json;
    const numbers = (attribute.NumberAttributeConstraints ?? {}) as Json;
    if (type === 'string') {
      const min = Number(strings.MinLength ?? 0);
      const max = Number(strings.MaxLength ?? DEFAULTS.stringMaxLength);
      if (min !== 0) config.minLength = min;
      if (max !== DEFAULTS.stringMaxLength) config.maxLength = max;
    } else if (!isEmpty(strings)) {
      note(
        `${where}.StringAttributeConstraints`,
        strings,
        'apply-fails',
        `cogfed writes no string constraints on a ${type} attribute; ${schemaWhy}`,
      );
    }
    if (type === 'number') {
      for (const [api, yaml] of [
        ['MinValue', 'min'],
        ['MaxValue', 'max'],
      ] as const) {
        const value = numbers[api];
        if (value === undefined) continue;
        if (/^-?\d+$/.test(String(value))) config[yaml] = Number(value);
        else
          note(
            `${where}.NumberAttributeConstraints.${api}`,
            value,
            'apply-fails',
            `cogfed's number bounds are whole numbers; ${schemaWhy}`,
          );
      }
    } else if (!isEmpty(numbers)) {
      note(
        `${where}.NumberAttributeConstraints`,
        numbers,
        'apply-fails',
        `cogfed writes no number constraints on a ${type} attribute; ${schemaWhy}`,
      );
    }
    out[customName] = config;
  }
  return out;
}

/**
 * What cogfed does not manage yet, with what Terraform does about it. The
 * provider schema decides: an Optional+Computed attribute absent from the
 * configuration keeps its live value; a plain Optional one is planned away.
 * (user_pool.go as of hashicorp/terraform-provider-aws @ e33a89d0.)
 */
function unmanagedPoolAttributes(pool: Fields, { note }: PoolContext): void {
  const kept = (key: string, what: string) => {
    const value = pool.get(key);
    if (!isEmpty(value))
      note(
        key,
        value,
        'kept',
        `cogfed does not manage ${what} yet; the attribute is Optional+Computed (${PROVIDER_SCHEMA}), so Terraform keeps the live value`,
      );
  };
  const removed = (key: string, what: string, isDefault: (value: unknown) => boolean = isEmpty) => {
    const value = pool.get(key);
    if (!isDefault(value))
      note(
        key,
        value,
        'reverted',
        `cogfed does not manage ${what} yet; the attribute is Optional without Computed (${PROVIDER_SCHEMA}), so the first apply removes it`,
      );
  };
  removed('LambdaConfig', 'Lambda triggers');
  removed('DeviceConfiguration', 'device tracking');
  removed(
    'UserPoolAddOns',
    'threat protection (advanced security)',
    (v) => isEmpty(v) || (v as Json).AdvancedSecurityMode === 'OFF',
  );
  kept('SmsVerificationMessage', 'message templates');
  kept('EmailVerificationMessage', 'message templates');
  kept('EmailVerificationSubject', 'message templates');
  const template = pool.get<Json>('VerificationMessageTemplate');
  // Cognito returns DefaultEmailOption CONFIRM_WITH_CODE for every pool; anything more is a customized template.
  if (
    template &&
    !isEmpty({
      ...template,
      DefaultEmailOption:
        template.DefaultEmailOption === 'CONFIRM_WITH_CODE'
          ? undefined
          : template.DefaultEmailOption,
    })
  ) {
    note(
      'VerificationMessageTemplate',
      template,
      'kept',
      `cogfed does not manage message templates yet; verification_message_template is Optional+Computed (${PROVIDER_SCHEMA}), so Terraform keeps it`,
    );
  }
  const admin = pool.get<Json>('AdminCreateUserConfig');
  if (
    admin &&
    (admin.AllowAdminCreateUserOnly === true ||
      !isEmpty(admin.InviteMessageTemplate) ||
      (admin.UnusedAccountValidityDays !== undefined && admin.UnusedAccountValidityDays !== 7))
  ) {
    note(
      'AdminCreateUserConfig',
      admin,
      'kept',
      `cogfed does not manage sign-up and invitation settings yet; admin_create_user_config is Optional+Computed (${PROVIDER_SCHEMA}), so Terraform keeps it`,
    );
  }
  const updates = pool.get<Json>('UserAttributeUpdateSettings');
  if (updates && !isEmpty(updates.AttributesRequireVerificationBeforeUpdate)) {
    note(
      'UserAttributeUpdateSettings',
      updates,
      'unverified',
      'cogfed does not manage "keep the original value until the new one is verified" yet',
    );
  }
  // Checked once the whole file exists (index.ts), against what cogfed derives: src/model/derived.ts.
  pool.skip('AccountRecoverySetting');
}
