import type { AuthFlow } from '../validate/config';

/** Defaults of the configuration language; the schema's descriptions document the same values. */
export const DEFAULTS = {
  tokenValidity: { access: '1h', id: '1h', refresh: '30d' },
  authFlows: ['user-srp', 'refresh-token'] as AuthFlow[],
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
