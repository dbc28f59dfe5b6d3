import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';
import { firstBadChar } from './text';
import { carriesUserinfo } from './url';

const MAX_LENGTH = 32;
/**
 * AWS's ProviderNameTypeV2 (CreateIdentityProvider's ProviderName):
 * `[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+`, 1-32 characters. Read as
 * the constraint it states: printable characters and no separator (no space
 * anywhere), and no `_` at either end. Inner underscores stay allowed: AWS's
 * own examples name providers `SAML_provider_1`, which a literal full match of
 * the pattern would refuse (and would refuse names under 3 characters, which
 * the length constraint allows).
 */
const NAME_CHAR = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]$/u;
const BAD_EDGE = /^_|_$/;

export const idpName = defineRule({
  code: 'idp-name',
  description:
    'An identity provider name is 1-32 printable characters with no whitespace anywhere, and does not start or end with `_`. ' +
    '(Names are unique in a pool because they are the keys of one YAML mapping; a repeated key is `yaml-duplicate-key`.)',
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderName ' +
    '(ProviderNameTypeV2: `[^_\\p{Z}][\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}][^_\\p{Z}]+`, 1-32 characters); ' +
    'https://developer.beyondidentity.com/docs/aws-cognito (Beyond Identity\'s Cognito guide: "the name cannot have spaces")',
  part: 'provider',
  reads: [],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, path } of providers(file)) {
      const problem = nameProblem(name);
      if (!problem) continue;
      const squeezed = name.replace(/[\s\p{Z}]+/gu, '');
      // A suggestion spells out what was written: never for a URL with a password in it.
      const suggestion =
        squeezed !== name &&
        squeezed.length > 0 &&
        nameProblem(squeezed) === undefined &&
        !carriesUserinfo(name)
          ? `e.g. \`${squeezed}\``
          : 'e.g. `AcmeOkta`';
      out.push({
        path,
        target: 'key',
        message: `an identity provider name is 1-${MAX_LENGTH} printable characters without whitespace, not starting or ending with \`_\`; received ${received(name)}, which ${problem}`,
        hint: `rename the provider, ${suggestion}; clients list it by this name, and renaming a deployed provider replaces it`,
      });
    }
    return out;
  },
});

function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_LENGTH) return `is ${name.length} characters long`;
  const bad = firstBadChar(name, NAME_CHAR);
  if (bad) return `contains ${bad}`;
  if (BAD_EDGE.test(name)) return 'starts or ends with `_`';
  return undefined;
}
