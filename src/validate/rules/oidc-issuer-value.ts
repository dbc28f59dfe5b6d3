import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';
import { carriesUserinfo, httpsUrlProblem, shownUrl } from './url';

const DISCOVERY_SUFFIX = /\/\.well-known\/openid-configuration\/?$/i;
/**
 * What a value copied from a guide still holds when the user has not filled it
 * in: `<tenant-guid>`, `{your-subdomain}` (also percent-encoded), `YOUR_DOMAIN`,
 * `TENANT_ID`, `your-tenant`. Narrow on purpose, since this is an error: an
 * upper-case name counts only as `YOUR_…`/`MY_…` or `…_ID`/`…_GUID`/`…_NAME`
 * (a Keycloak realm may well be called `ACME_PROD`), and `your-` only before
 * the words guides use.
 */
const PLACEHOLDER_UPPER = /\b(?:YOUR|MY)_[A-Z0-9_]+\b|\b[A-Z][A-Z0-9]*_(?:ID|GUID|NAME)\b/;
const PLACEHOLDER_OTHER =
  /<[^<>]*>|\{[^{}]*\}|%3C|%7B|\byour[-_](?:tenant|domain|subdomain|org|organization|company|region|realm|app|account|instance|env)/i;

/**
 * What is wrong with an issuer as a value copied from the wrong place, with
 * the fix; undefined when it reads as an issuer. Cognito reads the issuer's
 * discovery document at `<issuer>/.well-known/openid-configuration` and
 * compares the tokens' `iss` claim with it, so the issuer is the bare
 * `issuer` value of that document. oidc-issuer leaves placeholders to this
 * rule, and this rule leaves every other broken URL to oidc-issuer.
 */
export function issuerValueProblem(issuer: string): { problem: string; hint: string } | undefined {
  if (carriesUserinfo(issuer)) return undefined; // url-userinfo's finding
  if (PLACEHOLDER_UPPER.test(issuer) || PLACEHOLDER_OTHER.test(issuer)) {
    return {
      problem:
        'still holds a placeholder from a guide (such as `<tenant-guid>`, `{subdomain}` or `YOUR_DOMAIN`)',
      hint: "replace the placeholder with your own value (for Entra ID, the directory (tenant) id); the value to copy is the `issuer` of the provider's discovery document",
    };
  }
  // The rest is about a sound https URL; oidc-issuer reports any other problem.
  if (httpsUrlProblem(issuer, { allowQuery: false }) !== undefined) return undefined;
  if (DISCOVERY_SUFFIX.test(issuer)) {
    const bare = issuer.replace(DISCOVERY_SUFFIX, '');
    return {
      problem: 'is the URL of the discovery document, not the issuer',
      hint: `write ${shownUrl(bare)}: Cognito appends \`/.well-known/openid-configuration\` itself`,
    };
  }
  if (issuer.endsWith('/')) {
    const bare = issuer.replace(/\/+$/, '');
    return {
      problem: 'ends in a slash',
      hint: `write ${shownUrl(bare)}, without the trailing slash: Cognito appends \`/.well-known/openid-configuration\` to the issuer`,
    };
  }
  return undefined;
}

export const oidcIssuerValue = defineRule({
  code: 'oidc-issuer-value',
  description:
    "An OIDC issuer is the `issuer` value of the discovery document: not the discovery document's own URL (`…/.well-known/openid-configuration`), " +
    'without a trailing slash, and without a placeholder left from a guide (`<tenant-guid>`, `{subdomain}`, `YOUR_DOMAIN`).',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-idp.html (Issuer URL; Cognito discovers the endpoints from ' +
    '`<issuer>/.well-known/openid-configuration`); https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig ' +
    '(the configuration document is at the issuer with `/.well-known/openid-configuration` appended, any trailing `/` removed first)',
  part: 'provider',
  reads: ['issuer'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const found = issuerValueProblem(provider.issuer);
      if (!found) continue;
      out.push({
        path: [...path, 'issuer'],
        message: `an OIDC issuer is the \`issuer\` value of the provider's discovery document; received ${shownUrl(provider.issuer)}, which ${found.problem}`,
        hint: found.hint,
      });
    }
    return out;
  },
});
