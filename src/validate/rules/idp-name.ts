import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';
import { firstBadChar } from './text';

const MAX_LENGTH = 32;
/** AWS's ProviderNameType character class: printable characters and spaces, no control or format characters. */
const PRINTABLE = /^[\p{L}\p{M}\p{S}\p{N}\p{P}\p{Z}]$/u;
const BAD_EDGE = /^[_\s\p{Z}]|[_\s\p{Z}]$/u;

export const idpName = defineRule({
  code: 'idp-name',
  description:
    'An identity provider name is 1-32 printable characters, without a leading or trailing `_` or whitespace. ' +
    '(Names are unique in a pool because they are the keys of one YAML mapping; a repeated key is `yaml-duplicate-key`.)',
  source:
    'docs/aws-limits.md#identity-provider-names (1-32 printable characters, no leading or trailing `_` or whitespace); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderName',
  check(file) {
    const out: RuleFinding[] = [];
    for (const { name, path } of providers(file)) {
      const problem = nameProblem(name);
      if (!problem) continue;
      out.push({
        path,
        target: 'key',
        message: `an identity provider name is 1-${MAX_LENGTH} printable characters, without a leading or trailing \`_\` or whitespace; received ${received(name)}, which ${problem}`,
        hint: 'rename the provider, e.g. `AcmeOkta`; clients list it by this name, and renaming a deployed provider replaces it',
      });
    }
    return out;
  },
});

function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > MAX_LENGTH) return `is ${name.length} characters long`;
  const bad = firstBadChar(name, PRINTABLE);
  if (bad) return `contains ${bad}`;
  if (BAD_EDGE.test(name)) return 'starts or ends with `_` or whitespace';
  return undefined;
}
