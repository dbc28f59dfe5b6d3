import { CognitoUserPool, CognitoUserPoolConfig, CognitoUserPoolSchema } from './engine';
import type { TerraformStack } from './engine';
import type { CustomAttribute, Pool } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { declare } from './declare';
import { literal, literalList } from './expressions';
import { recoveryMechanisms } from '../model/derived';

export function addUserPool(stack: TerraformStack, book: AddressBook, pool: Pool): CognitoUserPool {
  const config: CognitoUserPoolConfig = {
    name: literal(pool.name),
    deletionProtection: pool.deletionProtection ? 'ACTIVE' : 'INACTIVE',
    // Deleting a pool deletes its users; Terraform refuses to plan that unless the file opts out.
    ...(pool.deletionProtection ? { lifecycle: { preventDestroy: true } } : {}),
    ...(pool.tier ? { userPoolTier: pool.tier } : {}),
    // Both force a new pool (and so lose every user) when changed; written only when set.
    ...(pool.usernameAttributes.length > 0
      ? { usernameAttributes: literalList(pool.usernameAttributes) }
      : {}),
    usernameConfiguration: { caseSensitive: pool.caseSensitive },
    ...(pool.autoVerifiedAttributes.length > 0
      ? { autoVerifiedAttributes: literalList(pool.autoVerifiedAttributes) }
      : {}),
    passwordPolicy: {
      minimumLength: pool.passwordPolicy.minimumLength,
      requireLowercase: pool.passwordPolicy.requireLowercase,
      requireUppercase: pool.passwordPolicy.requireUppercase,
      requireNumbers: pool.passwordPolicy.requireNumbers,
      requireSymbols: pool.passwordPolicy.requireSymbols,
      temporaryPasswordValidityDays: pool.passwordPolicy.temporaryPasswordValidityDays,
      ...(pool.passwordPolicy.historySize !== undefined
        ? { passwordHistorySize: pool.passwordPolicy.historySize }
        : {}),
    },
    accountRecoverySetting: { recoveryMechanism: recoveryMechanisms(pool) },
    ...mfa(pool),
    ...(pool.email
      ? {
          emailConfiguration: {
            emailSendingAccount: 'DEVELOPER',
            sourceArn: literal(pool.email.sesSourceArn),
            ...(pool.email.from ? { fromEmailAddress: literal(pool.email.from) } : {}),
            ...(pool.email.replyTo ? { replyToEmailAddress: literal(pool.email.replyTo) } : {}),
          },
        }
      : {}),
    ...(pool.customAttributes.length > 0 ? { schema: pool.customAttributes.map(schemaEntry) } : {}),
  };
  return declare(
    book,
    KIND.userPool,
    address.pool(pool),
    (id) => new CognitoUserPool(stack, id, config),
  );
}

// Moved to the model stage, which `cogfed import` shares; re-exported for existing callers.
export { recoveryMechanisms };

function mfa(pool: Pool): Partial<CognitoUserPoolConfig> {
  const { configuration, totp, email, sms } = pool.mfa;
  return {
    mfaConfiguration: configuration,
    ...(totp ? { softwareTokenMfaConfiguration: { enabled: true } } : {}),
    // Email MFA needs SES (DEVELOPER sending, configured above) and the Essentials tier; rules check both.
    ...(email ? { emailMfaConfiguration: {} } : {}),
    ...(sms
      ? {
          smsConfiguration: {
            snsCallerArn: literal(sms.snsCallerArn),
            externalId: literal(sms.externalId),
            ...(sms.snsRegion ? { snsRegion: literal(sms.snsRegion) } : {}),
          },
        }
      : {}),
  };
}

/**
 * A custom attribute. Constraints are written in full: AWS returns both
 * string bounds, and a block that leaves one out plans a change on every run
 * (hashicorp/terraform-provider-aws#38096, #38224). `required` and
 * `developer_only_attribute` are written too, as AWS echoes them back.
 */
function schemaEntry(attribute: CustomAttribute): CognitoUserPoolSchema {
  return {
    name: literal(attribute.name),
    attributeDataType: attribute.type,
    mutable: attribute.mutable,
    required: false,
    developerOnlyAttribute: false,
    ...(attribute.stringConstraints
      ? {
          stringAttributeConstraints: {
            minLength: String(attribute.stringConstraints.minLength),
            maxLength: String(attribute.stringConstraints.maxLength),
          },
        }
      : {}),
    ...(attribute.numberConstraints
      ? {
          numberAttributeConstraints: {
            ...(attribute.numberConstraints.min !== undefined
              ? { minValue: String(attribute.numberConstraints.min) }
              : {}),
            ...(attribute.numberConstraints.max !== undefined
              ? { maxValue: String(attribute.numberConstraints.max) }
              : {}),
          },
        }
      : {}),
  };
}
