import type { RuleFinding } from './rule';
import { received } from '../finding';
import { clients, defineRule } from './rule';
import { hintWithSuggestion, listOf } from './suggest';
import { carriesUserinfo } from './url';
import { SYSTEM_SCOPES } from './vocabulary';

const MAX_SCOPES = 50;
/** How many declared scopes a message lists before it says "and N more". */
const SHOWN = 10;

export const scopeUnknown = defineRule({
  code: 'scope-unknown',
  description:
    'Each client scope is a system scope (openid, email, phone, profile, aws.cognito.signin.user.admin) or `<identifier>/<scope>` of a resource server ' +
    'declared in the same pool; at most 50 scopes per client.',
  source:
    'docs/aws-limits.md#oauth-scopes (system and custom scopes; ' +
    'ScopeDoesNotExistException; ' +
    'at most 50 per app client); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-AllowedOAuthScopes',
  part: 'client',
  reads: [
    'oauth.scopes',
    'pool:resourceServers.*.identifier',
    'pool:resourceServers.*.scopes.@keys',
  ],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { poolId, pool, client, path } of clients(file)) {
      const scopes = client.oauth?.scopes ?? [];
      const at = [...path, 'oauth', 'scopes'];
      if (scopes.length > MAX_SCOPES) {
        out.push({
          path: [...at, MAX_SCOPES],
          message: `a client requests at most ${MAX_SCOPES} scopes; received ${scopes.length}`,
          hint: 'remove scopes the client does not need',
        });
      }
      const servers = Object.entries(pool.resourceServers ?? {}).map(([id, rs]) => ({
        id,
        identifier: rs.identifier,
        scopes: Object.keys(rs.scopes ?? {}),
      }));
      const custom = servers.flatMap((s) => s.scopes.map((name) => `${s.identifier}/${name}`));
      const known = [...SYSTEM_SCOPES, ...custom];
      scopes.forEach((scope, index) => {
        // A scope with a password in it is url-userinfo's finding, and only its.
        if (known.includes(scope) || carriesUserinfo(scope)) return;
        // The longest identifier that prefixes the scope: identifiers may themselves contain `/`.
        const server = servers
          .filter((s) => scope.startsWith(`${s.identifier}/`))
          .sort((a, b) => b.identifier.length - a.identifier.length)[0];
        const message = server
          ? `resource server \`${server.id}\` (${server.identifier}) of pool \`${poolId}\` has no scope ${received(scope.slice(server.identifier.length + 1))}; it has ${listOf(server.scopes)}`
          : `a scope is a system scope (${SYSTEM_SCOPES.join(', ')}) or \`<identifier>/<scope>\` of a resource server of pool \`${poolId}\`; ` +
            `received ${received(scope)}; the pool's resource servers offer ${shown(custom)}`;
        out.push({
          path: [...at, index],
          message,
          hint: hintWithSuggestion(
            scope,
            known,
            'declare the scope under a resource server of this pool',
          ),
        });
      });
    }
    return out;
  },
});

function shown(scopes: string[]): string {
  if (scopes.length === 0) return 'no scopes';
  const head = listOf(scopes.slice(0, SHOWN));
  return scopes.length > SHOWN ? `${head} and ${scopes.length - SHOWN} more` : head;
}
