import { clientSecret, socialMapping } from './social';

/** Sign in with Google (src/model/providers/google.ts). */
export const google = socialMapping({
  type: 'google',
  usernameClaim: 'sub',
  scopeSeparator: ' ',
  fields: (details, context) => ({ clientSecret: clientSecret(details, context) }),
});
