import type { OidcEndpointsConfig } from '../config';
import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';
import { listOf } from './suggest';
import { httpsUrlProblem, shownUrl } from './url';

const ENDPOINTS: ReadonlyArray<keyof OidcEndpointsConfig> = [
  'authorize',
  'token',
  'userInfo',
  'jwks',
];

export const oidcEndpoints = defineRule({
  code: 'oidc-endpoints',
  description:
    'OIDC `endpoints`, when given, are all four (authorize, token, userInfo, jwks), each an absolute `https://` URL.',
  source:
    'docs/aws-limits.md#oidc-provider-details (authorize_url, token_url, attributes_url, jwks_uri are needed when discovery fails; ' +
    'HTTPS on ports 80/443); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails',
  part: 'provider',
  reads: ['endpoints'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const endpoints = provider.endpoints;
      if (!endpoints) continue;
      const at = [...path, 'endpoints'];
      const missing = ENDPOINTS.filter((name) => endpoints[name] === undefined);
      if (missing.length > 0) {
        out.push({
          path: at,
          message: `\`endpoints\` replace OIDC discovery, so all four are needed (authorize, token, userInfo, jwks); missing ${listOf(missing)}`,
          hint: `add ${listOf(missing)}, or remove \`endpoints\` if the issuer serves \`/.well-known/openid-configuration\``,
        });
      }
      for (const name of ENDPOINTS) {
        const url = endpoints[name];
        if (url === undefined) continue;
        const problem = httpsUrlProblem(url, { allowQuery: true });
        if (!problem) continue;
        out.push({
          path: [...at, name],
          message: `the ${name} endpoint is an absolute https:// URL; received ${shownUrl(url)}, which ${problem}`,
          hint: `copy the \`${name}\` URL from the provider's documentation, e.g. \`https://idp.example.com/oauth2/${name.toLowerCase()}\``,
        });
      }
    }
    return out;
  },
});
