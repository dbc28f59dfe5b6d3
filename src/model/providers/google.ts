import type { GoogleProvider } from '../model';
import { socialModule } from './social';

/**
 * Sign in with Google: an OAuth client of the Google Cloud console.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html
 */
export const google = socialModule<GoogleProvider>({
  type: 'google',
  label: 'Google',
  usernameClaim: 'sub',
  scopeSeparator: ' ',
  fields: (config) => ({ clientSecret: config.clientSecret }),
  details: (provider) => ({
    client_secret: {
      secret: provider.clientSecret,
      id: 'client_secret',
      purpose: 'Client secret of the Google provider',
    },
  }),
  rows: (provider) => [{ label: 'Client secret', value: { secret: provider.clientSecret } }],
  // The Google Cloud console's names for them (OAuth client, web application).
  registration: { redirectUri: 'Authorized redirect URI', origin: 'Authorized JavaScript origin' },
});
