import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';
import { issuerValueProblem } from './oidc-issuer-value';
import { httpsUrlProblem, shownUrl } from './url';

export const oidcIssuer = defineRule({
  code: 'oidc-issuer',
  description:
    'An OIDC issuer is an absolute `https://` URL with a host, on port 443 (or 80), without query or fragment.',
  source:
    'docs/aws-limits.md#oidc-provider-details (HTTPS endpoints on ports 80/443); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-idp.html; ' +
    'https://openid.net/specs/openid-connect-discovery-1_0.html#IssuerDiscovery (issuer: https, no query or fragment)',
  part: 'provider',
  reads: ['issuer'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const problem = httpsUrlProblem(provider.issuer, { allowQuery: false });
      // A placeholder left from a guide breaks the URL too; oidc-issuer-value says what to fill in.
      if (!problem || issuerValueProblem(provider.issuer)) continue;
      out.push({
        path: [...path, 'issuer'],
        message: `an OIDC issuer is an absolute https:// URL without query or fragment; received ${shownUrl(provider.issuer)}, which ${problem}`,
        hint: "write the `issuer` value of the provider's discovery document (`<issuer>/.well-known/openid-configuration`), e.g. `https://idp.example.com`",
      });
    }
    return out;
  },
});
