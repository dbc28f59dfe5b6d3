import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';

/** Lower-cased names AWS reserves: Cognito's own, and the social provider types (named after their type). */
const RESERVED: Record<string, string> = {
  cognito:
    "`COGNITO` names the pool's own users in an app client and `Cognito` names local users in the admin APIs",
  google: '`Google` is the name Cognito requires for its Google social provider',
  facebook: '`Facebook` is the name Cognito requires for its Facebook social provider',
  loginwithamazon:
    '`LoginWithAmazon` is the name Cognito requires for its Login with Amazon social provider',
  signinwithapple:
    '`SignInWithApple` is the name Cognito requires for its Sign in with Apple social provider',
};

export const idpNameReserved = defineRule({
  code: 'idp-name-reserved',
  description:
    'An OIDC provider is not named `COGNITO`/`Cognito` or after a social provider type (Google, Facebook, LoginWithAmazon, SignInWithApple), in any case.',
  source:
    'docs/aws-limits.md#identity-provider-names (reserved values; ' +
    "a social provider's name is its type); " +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-SupportedIdentityProviders',
  part: 'provider',
  reads: [],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, path } of providers(file)) {
      const why = RESERVED[name.toLowerCase()];
      if (!why) continue;
      out.push({
        path,
        target: 'key',
        message: `an identity provider name must not be a name Cognito reserves (compared ignoring case): ${why}; received ${received(name)}`,
        hint: `rename the provider, e.g. \`${name}Oidc\`, and update the clients that list it`,
      });
    }
    return out;
  },
});
