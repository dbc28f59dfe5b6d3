import type { AuthFlow } from '../validate/config';

/** Defaults of the configuration language; the schema's descriptions document the same values. */
export const DEFAULTS = {
  tokenValidity: { access: '1h', id: '1h', refresh: '30d' },
  authFlows: ['user-srp', 'refresh-token'] as AuthFlow[],
  /**
   * A `client_credentials` client signs no user in, so it gets no sign-in flow
   * by default. Something must still be written: with no ExplicitAuthFlows,
   * Cognito enables ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_SRP_AUTH and
   * ALLOW_CUSTOM_AUTH (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-ExplicitAuthFlows).
   * Refresh alone grants nothing to such a client: only a user sign-in issues a refresh token.
   */
  machineAuthFlows: ['refresh-token'] as AuthFlow[],
  usernameClaim: 'sub',
  passwordPolicy: {
    minimumLength: 12,
    requireLowercase: true,
    requireUppercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7,
  },
  stringMaxLength: 2048,
};
