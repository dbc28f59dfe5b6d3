import type { AmazonProvider } from '../model';
import { socialModule } from './social';

/**
 * Login with Amazon: a security profile of the Amazon developer console.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html
 */
export const amazon = socialModule<AmazonProvider>({
  type: 'amazon',
  label: 'Login with Amazon',
  usernameClaim: 'user_id',
  scopeSeparator: ' ',
  fields: (config) => ({ clientSecret: config.clientSecret }),
  details: (provider) => ({
    client_secret: {
      secret: provider.clientSecret,
      id: 'client_secret',
      purpose: 'Client secret of the Login with Amazon provider',
    },
  }),
  rows: (provider) => [{ label: 'Client secret', value: { secret: provider.clientSecret } }],
  // The security profile's web settings.
  registration: { redirectUri: 'Allowed Return URL', origin: 'Allowed Origin' },
});
