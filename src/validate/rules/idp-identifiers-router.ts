import type { RuleFinding } from './rule';
import { defineRule, identifiersOf, providers } from './rule';

/** Cognito's limit per provider (idp-identifiers) and the share at which a router is told to split. */
const MAX_COUNT = 50;
const WARN_AT = 40;

export const idpIdentifiersRouter = defineRule({
  code: 'idp-identifiers-router',
  description:
    'A provider that routes 40 or more of its 50 identifiers (an SSO router with a domain per customer) is warned to split before onboarding stalls.',
  source:
    'docs/aws-limits.md#identity-provider-identifiers; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-IdpIdentifiers (at most 50)',
  part: 'provider',
  reads: ['identifiers'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, provider, path } of providers(file)) {
      const count = identifiersOf(provider).length;
      if (count < WARN_AT || count > MAX_COUNT) continue;
      out.push({
        path: [...path, 'identifiers'],
        severity: 'warning',
        message: `provider \`${name}\` routes ${count} of the ${MAX_COUNT} identifiers Cognito allows a provider`,
        hint: 'split it: a second provider (same issuer, its own client id) for new customers, or one tenant file per customer with its own provider',
      });
    }
    return out;
  },
});
