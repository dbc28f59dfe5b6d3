import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

export const idpIdentifierDuplicate = defineRule({
  code: 'idp-identifier-duplicate',
  description:
    'An identifier routes to one provider: identifiers are unique across all providers of a pool, compared ignoring case.',
  source:
    'docs/aws-limits.md#identity-provider-identifiers ("Identifiers must be unique across the user pool"); ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html',
  part: 'provider',
  reads: ['identifiers'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      // Lower-cased identifier -> the provider that lists it first. Case is ignored because
      // identifiers are usually email domains, and domains are case-insensitive.
      const firstOwner = new Map<string, string>();
      for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
        (provider.identifiers ?? []).forEach((identifier, index) => {
          const key = identifier.toLowerCase();
          const owner = firstOwner.get(key);
          if (owner === undefined) {
            firstOwner.set(key, name);
            return;
          }
          const where = owner === name ? 'earlier in this provider' : `by provider \`${owner}\``;
          out.push({
            path: [...path, 'identityProviders', name, 'identifiers', index],
            message: `identifiers are unique across a pool's providers, compared ignoring case (email domains are case-insensitive); received ${received(identifier)}, already listed ${where}`,
            hint: `keep the identifier in one provider only: Cognito routes an identifier to exactly one provider`,
          });
        });
      }
    }
    return out;
  },
});
