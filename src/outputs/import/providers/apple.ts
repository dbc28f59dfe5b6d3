import { PROVIDER_EVIDENCE } from '../../../model/providers/evidence';
import { socialMapping } from './social';

/**
 * Sign in with Apple (src/model/providers/apple.ts): the Services ID, the
 * team and key ids, and the key's `.p8` private key, which
 * DescribeIdentityProvider never returns ("Describe operations don't return
 * the private key", docs/provider-evidence.md §6.3 and §6.6;
 * https://github.com/hashicorp/terraform-provider-aws/issues/13582). The file
 * gets a reference for it all the same, listed among the secrets to create,
 * and filled from Apple's developer account: Cognito cannot give it back.
 */
export const apple = socialMapping({
  type: 'apple',
  usernameClaim: 'sub',
  scopeSeparator: ' ',
  fields: (details, context) => {
    const keyId = details.get<string>('key_id') ?? '';
    // Never returned (evidence.ts: neverReturned); read only so that a response that has it is not reported as unknown.
    if (PROVIDER_EVIDENCE.apple.detailKeys.private_key.neverReturned) details.skip('private_key');
    return {
      teamId: details.get<string>('team_id') ?? '',
      keyId,
      privateKey: context.secret('private_key', {
        notReturned: `Cognito never returns it: store the .p8 file of the Sign in with Apple key ${keyId} (Apple developer account, Certificates, Identifiers & Profiles > Keys; downloaded once), or make a new key and write its new key id in the file`,
        file: `AuthKey_${keyId}.p8`,
      }),
    };
  },
});
