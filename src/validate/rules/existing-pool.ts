import type { UserPoolConfig } from '../config';
import { received } from '../finding';
import { defineRule, pools, RuleFinding } from './rule';

/** UserPoolIdType: `[\w-]+_[0-9a-zA-Z]+`, 1-55 characters (API_UserPoolType, Id); the same check as import-id's. */
const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
const POOL_ID_MAX = 55;
/** A DNS host name: labels of letters, digits and hyphens, dot-separated, at most 253 characters; no scheme, port or path. */
const HOST =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * The keys that belong to the pool's owner. The stack that attaches to a
 * pool by id does not manage it, so it can set none of the pool's own
 * settings; a pool has at most one domain, and the owner holds it.
 */
const OWNER_KEYS = [
  'importId',
  'name',
  'deletionProtection',
  'tier',
  'signIn',
  'passwordPolicy',
  'mfa',
  'email',
  'customAttributes',
  'domain',
] as const satisfies ReadonlyArray<keyof UserPoolConfig>;

export const existingPool = defineRule({
  code: 'existing-pool',
  description:
    'A pool attached by id (`existingPool`, e.g. `us-east-1_AbC123`) holds only resource servers, identity providers, app clients, quotas and `existingDomain` (a host name): ' +
    'its own settings and its domain belong to the stack that manages it; `existingDomain` needs `existingPool`.',
  source:
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/cognito_user_pool (read-only: the stack never creates, changes or deletes the pool); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html (Id: `[\\w-]+_[0-9a-zA-Z]+`, 1-55 characters); ' +
    "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolDomain.html (one domain per pool: its owner's)",
  part: 'pool',
  // Only whether an owner key is present is read, never its value.
  reads: ['existingPool', 'existingDomain', ...OWNER_KEYS.map((key) => `${key}@keys`)],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      const id = pool.existingPool;
      if (id === undefined) {
        if (pool.existingDomain !== undefined) {
          out.push({
            path: [...path, 'existingDomain'],
            target: 'key',
            message:
              '`existingDomain` names the domain of a pool this stack does not manage, and this pool has no `existingPool`',
            hint: 'remove `existingDomain` and give the pool its own `domain`, or add `existingPool: <pool id>`',
          });
        }
        continue;
      }
      if (!POOL_ID.test(id) || id.length > POOL_ID_MAX) {
        out.push({
          path: [...path, 'existingPool'],
          message: `\`existingPool\` is a user pool id, \`<region>_<letters and digits>\` (at most ${POOL_ID_MAX} characters); received ${received(id)}`,
          hint: "copy the id from the console, `aws cognito-idp list-user-pools`, or the owning stack's output, e.g. `us-east-1_AbC123`",
        });
      }
      for (const key of OWNER_KEYS) {
        if (pool[key] === undefined) continue;
        out.push({
          path: [...path, key],
          target: 'key',
          message:
            key === 'domain'
              ? 'a pool attached by `existingPool` cannot get a `domain`: a pool has at most one domain, and it belongs to the stack that manages the pool'
              : `a pool attached by \`existingPool\` is not managed by this stack, so \`${key}\` cannot be set here: ${key === 'importId' ? 'adopting the pool (`importId`) makes this stack its owner, which `existingPool` says it is not' : "the pool's own settings belong to the stack (or Amplify app) that manages it"}`,
          hint:
            key === 'domain'
              ? "write the owner's domain host as `existingDomain: <host>` (used only for the redirect URIs to register), and remove `domain`"
              : key === 'importId'
                ? "keep `existingPool` to attach without owning, or replace it with `importId` and the pool's settings to adopt the pool"
                : `remove \`${key}\`, and change it in the pool's own stack`,
        });
      }
      const host = pool.existingDomain;
      if (host !== undefined && !HOST.test(host)) {
        out.push({
          path: [...path, 'existingDomain'],
          message: `\`existingDomain\` is the host name of the pool's domain, without \`https://\` or a path; received ${received(host)}`,
          hint: 'write the host alone, e.g. `login.example.com` or `acme.auth.us-east-1.amazoncognito.com`',
        });
      }
    }
    return out;
  },
});
