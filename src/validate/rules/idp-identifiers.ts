import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';
import { firstBadChar } from './text';

const MAX_COUNT = 50;
const MAX_LENGTH = 40;
/** AWS's IdpIdentifierType `[\w\s+=.@-]+`, with Java's ASCII `\w` and `\s`. */
const IDENTIFIER_CHAR = /^[A-Za-z0-9_ \t\n\v\f\r+=.@-]$/;

export const idpIdentifiers = defineRule({
  code: 'idp-identifiers',
  description:
    'An identity provider has at most 50 identifiers, each 1-40 characters of letters, digits, whitespace and `_+=.@-`.',
  source:
    'docs/aws-limits.md#identity-provider-identifiers; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-IdpIdentifiers (at most 50, each 1-40 characters of `[\\w\\s+=.@-]+`)',
  part: 'provider',
  reads: ['identifiers'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const identifiers = provider.identifiers ?? [];
      const at = [...path, 'identifiers'];
      if (identifiers.length > MAX_COUNT) {
        out.push({
          path: [...at, MAX_COUNT],
          message: `an identity provider has at most ${MAX_COUNT} identifiers; received ${identifiers.length}`,
          hint: `keep ${MAX_COUNT} identifiers, or split the domains across several providers`,
        });
      }
      identifiers.forEach((identifier, index) => {
        let problem: string | undefined;
        if (identifier.length === 0 || identifier.length > MAX_LENGTH)
          problem = `is ${identifier.length} characters long`;
        else {
          const bad = firstBadChar(identifier, IDENTIFIER_CHAR);
          if (bad) problem = `contains ${bad}`;
        }
        if (!problem) return;
        out.push({
          path: [...at, index],
          message: `an identifier is 1-${MAX_LENGTH} characters of letters, digits, whitespace and \`_+=.@-\`; received ${received(identifier)}, which ${problem}`,
          hint: 'write an email domain such as `example.com`, or a short name of those characters',
        });
      });
    }
    return out;
  },
});
