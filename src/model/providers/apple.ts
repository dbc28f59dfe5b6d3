import type { AppleProvider } from '../model';
import { socialModule } from './social';

/**
 * Sign in with Apple: a Services ID, and a Sign in with Apple key of the
 * team (its id and its `.p8` private key, a secret).
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp-apple.html
 */
export const apple = socialModule<AppleProvider>({
  type: 'apple',
  label: 'Sign in with Apple',
  usernameClaim: 'sub',
  scopeSeparator: ' ',
  fields: (config) => ({
    teamId: config.teamId,
    keyId: config.keyId,
    privateKey: config.privateKey,
  }),
  details: (provider) => ({
    team_id: { text: provider.teamId },
    key_id: { text: provider.keyId },
    private_key: {
      secret: provider.privateKey,
      id: 'private_key',
      purpose: 'Private key (.p8) of the Sign in with Apple provider',
    },
  }),
  rows: (provider) => [
    { label: 'Team ID', value: { code: provider.teamId } },
    { label: 'Key ID', value: { code: provider.keyId } },
    { label: 'Private key', value: { secret: provider.privateKey } },
  ],
  // Services ID configuration: "Return URLs" and "Domains and Subdomains" (a host name, no scheme).
  registration: { redirectUri: 'Return URL', origin: 'Domains and Subdomains', originIsHost: true },
  // "Describe operations don't return the private key" (docs/provider-evidence.md §6.3;
  // hashicorp/terraform-provider-aws#13582): without this every plan re-sends it. A new key with the
  // same key id therefore plans nothing; a new key comes with a new `keyId`, which does plan, and
  // UpdateIdentityProvider then sends the whole of provider_details, the new private key included.
  writeOnlyDetails: ['private_key'],
});
