import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

const VERSION = /^v[1-9][0-9]*\.[0-9]+$/;

export const facebookApiVersion = defineRule({
  code: 'facebook-api-version',
  description:
    "A Facebook provider's `apiVersion` is a Graph API version, `v<major>.<minor>` (e.g. `v17.0`).",
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails ' +
    '(Facebook api_version, example "v17.0"); https://developers.facebook.com/docs/graph-api/guides/versioning',
  part: 'provider',
  reads: ['type', 'apiVersion'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file, 'facebook')) {
      if (provider.apiVersion === undefined || VERSION.test(provider.apiVersion)) continue;
      out.push({
        path: [...path, 'apiVersion'],
        message: `a Graph API version is written \`v<major>.<minor>\`; received ${received(provider.apiVersion)}`,
        hint: 'e.g. `v17.0`, or remove `apiVersion` for the oldest version Facebook supports',
      });
    }
    return out;
  },
});
