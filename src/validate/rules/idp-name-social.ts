import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers, SOCIAL_TYPES } from './rule';

/** The name Cognito requires for each social type (its ProviderType). */
export const SOCIAL_NAMES: Readonly<Record<(typeof SOCIAL_TYPES)[number], string>> = {
  google: 'Google',
  facebook: 'Facebook',
  apple: 'SignInWithApple',
  amazon: 'LoginWithAmazon',
};

export const idpNameSocial = defineRule({
  code: 'idp-name-social',
  description:
    'A social provider is named exactly as Cognito requires for its type: `Google`, `Facebook`, `SignInWithApple`, `LoginWithAmazon`.',
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-SupportedIdentityProviders ' +
    '("COGNITO, Facebook, Google, SignInWithApple, and LoginWithAmazon"); Cognito\'s error "Provider NameOfGP cannot be of type Google." (https://github.com/aws/aws-cli/issues/3179); docs/provider-evidence.md §6.4',
  part: 'provider',
  reads: ['type'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, provider, path } of providers(file, ...SOCIAL_TYPES)) {
      const required = SOCIAL_NAMES[provider.type];
      if (name === required) continue;
      out.push({
        path,
        target: 'key',
        message: `a \`${provider.type}\` provider must be named \`${required}\` (Cognito requires the name of its type); received ${received(name)}`,
        hint: `rename the provider to \`${required}\`, and list it by that name in the clients`,
      });
    }
    return out;
  },
});
