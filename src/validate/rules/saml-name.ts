import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

const MIN_LENGTH = 3;

export const samlName = defineRule({
  code: 'saml-name',
  description:
    "A SAML provider's name is at least 3 characters (and at most 32, as every provider name: `idp-name`).",
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderName ' +
    '(ProviderNameTypeV2, whose pattern takes at least 3 characters); https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolIdentityProviderSamlProps.html ("Must be between 3 and 32 characters"); docs/provider-evidence.md §6.4',
  part: 'provider',
  reads: ['type'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, path } of providers(file, 'saml')) {
      // Names of 0 or over 32 characters are idp-name's; this rule adds the lower bound SAML has.
      if (name.length === 0 || name.length >= MIN_LENGTH) continue;
      out.push({
        path,
        target: 'key',
        message: `a SAML provider's name is ${MIN_LENGTH}-32 characters; received ${received(name)}, which is ${name.length} character${name.length === 1 ? '' : 's'} long`,
        hint: 'name the provider after the customer or the IdP, e.g. `ContosoEntra`',
      });
    }
    return out;
  },
});
