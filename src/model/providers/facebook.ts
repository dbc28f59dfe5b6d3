import type { FacebookProvider } from '../model';
import { socialModule } from './social';

/**
 * Facebook Login: a Facebook app.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html
 */
export const facebook = socialModule<FacebookProvider>({
  type: 'facebook',
  label: 'Facebook',
  usernameClaim: 'id',
  // "For Facebook, these should be separated by commas" (docs/provider-evidence.md §6.1).
  scopeSeparator: ',',
  fields: (config) => ({
    clientSecret: config.clientSecret,
    ...(config.apiVersion ? { apiVersion: config.apiVersion } : {}),
  }),
  details: (provider) => ({
    client_secret: {
      secret: provider.clientSecret,
      id: 'client_secret',
      purpose: 'App secret of the Facebook provider',
    },
    ...(provider.apiVersion ? { api_version: { text: provider.apiVersion } } : {}),
  }),
  rows: (provider) => [
    { label: 'App secret', value: { secret: provider.clientSecret } },
    {
      label: 'Graph API version',
      value: provider.apiVersion
        ? { code: provider.apiVersion }
        : { text: 'the oldest version Facebook supports (not set)' },
    },
  ],
  // Facebook Login settings "Valid OAuth Redirect URIs"; the app's basic settings "App Domains".
  registration: { redirectUri: 'Valid OAuth Redirect URI', origin: 'App Domain' },
});
