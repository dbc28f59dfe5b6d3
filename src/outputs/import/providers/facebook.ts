import { clientSecret, socialMapping } from './social';

/**
 * Facebook Login (src/model/providers/facebook.ts). `api_version` is the
 * user's key ("v17.0" in the API reference's Describe response), optional;
 * the Graph URLs Cognito builds from it are written back (metadata).
 */
export const facebook = socialMapping({
  type: 'facebook',
  usernameClaim: 'id',
  // "For Facebook, these should be separated by commas" (docs/provider-evidence.md §6.1).
  scopeSeparator: ',',
  fields: (details, context) => {
    const apiVersion = details.get<string>('api_version');
    return { clientSecret: clientSecret(details, context), ...(apiVersion ? { apiVersion } : {}) };
  },
});
