import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';
import { firstBadChar } from './text';

const MAX_LENGTH = 128;
/** AWS's UserPoolNameType `[\w\s+=,.@-]+`, with Java's ASCII `\w` and `\s`. */
const NAME_CHAR = /^[A-Za-z0-9_ \t\n\v\f\r+=,.@-]$/;

export const poolName = defineRule({
  code: 'pool-name',
  description:
    'A user pool name (given or the default `<stack>-<id>`) is 1-128 characters of letters, digits, whitespace and `_+=,.@-`.',
  source:
    'docs/aws-limits.md#user-pool-names; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html#CognitoUserPools-CreateUserPool-request-PoolName (1-128, pattern `[\\w\\s+=,.@-]+`)',
  part: 'pool',
  reads: ['name', 'file:stack'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { id, pool, path } of pools(file)) {
      if (pool.name === undefined) {
        // The default's characters come from the stack and the id, which stack-name and
        // id-format already check; only their combined length is new here.
        const name = `${file.stack}-${id}`;
        if (name.length > MAX_LENGTH) {
          out.push({
            path,
            target: 'key',
            message: `the pool's default name \`<stack>-<id>\` is ${name.length} characters, and a pool name is at most ${MAX_LENGTH}; received ${received(name)}`,
            hint: 'set `name` explicitly, or shorten the id',
          });
        }
        continue;
      }
      const name = pool.name;
      const at = [...path, 'name'];
      if (name.length === 0 || name.length > MAX_LENGTH) {
        out.push({
          path: at,
          message: `a pool name is 1-${MAX_LENGTH} characters; received ${name.length} characters`,
          hint:
            name.length === 0
              ? 'write a name, or remove `name` to use `<stack>-<id>`'
              : `shorten the name to at most ${MAX_LENGTH} characters`,
        });
        continue;
      }
      const bad = firstBadChar(name, NAME_CHAR);
      if (bad) {
        out.push({
          path: at,
          message: `a pool name holds only letters, digits, whitespace and \`_+=,.@-\` (AWS's [\\w\\s+=,.@-]+); received ${received(name)}, which contains ${bad}`,
          hint: 'replace the other characters, e.g. with `-`; changing the name of a deployed pool replaces it',
        });
      }
    }
    return out;
  },
});
