import { clientSecret, socialMapping } from './social';

/** Login with Amazon (src/model/providers/amazon.ts). */
export const amazon = socialMapping({
  type: 'amazon',
  usernameClaim: 'user_id',
  scopeSeparator: ' ',
  fields: (details, context) => ({ clientSecret: clientSecret(details, context) }),
});
