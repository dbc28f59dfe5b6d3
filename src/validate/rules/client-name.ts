import type { RuleFinding } from './rule';
import { received } from '../finding';
import { clients, defineRule } from './rule';
import { firstBadChar } from './text';

const MAX_LENGTH = 128;
/** ClientNameType `[\w\s+=,.@-]+`, with Java's ASCII `\w` and `\s`. */
const NAME_CHAR = /^[A-Za-z0-9_ \t\n\v\f\r+=,.@-]$/;

export const clientName = defineRule({
  code: 'client-name',
  description:
    'An app client name is 1-128 characters of letters, digits, whitespace and `_+=,.@-` (the default, the client id, always is).',
  source:
    'docs/aws-limits.md#app-client-names; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-ClientName (1-128, pattern `[\\w\\s+=,.@-]+`)',
  part: 'client',
  reads: ['name'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const name = client.name;
      if (name === undefined) continue;
      const badChar = firstBadChar(name, NAME_CHAR);
      const problem =
        name.length === 0 || name.length > MAX_LENGTH
          ? `is ${name.length} characters long`
          : badChar
            ? `contains ${badChar}`
            : undefined;
      if (!problem) continue;
      out.push({
        path: [...path, 'name'],
        message: `an app client name is 1-${MAX_LENGTH} characters of letters, digits, whitespace and \`_+=,.@-\`; received ${received(name)}, which ${problem}`,
        hint: 'e.g. `acme-web`; remove `name` to use the client id',
      });
    }
    return out;
  },
});
