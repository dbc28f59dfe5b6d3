import type { ResourceServerConfig } from '../config';
import type { RuleFinding } from './rule';
import { received } from '../finding';
import { Path, defineRule, pools } from './rule';
import { firstBadChar } from './text';

const MAX = 256;
const MAX_SCOPES = 100;
/** ResourceServerIdentifierType: printable ASCII except space, `"` and `\`. */
const IDENTIFIER_CHAR = /^[\x21\x23-\x5B\x5D-\x7E]$/;
/** ResourceServerNameType `[\w\s+=,.@-]+`, with Java's ASCII `\w` and `\s`. */
const NAME_CHAR = /^[A-Za-z0-9_ \t\n\v\f\r+=,.@-]$/;
/** ResourceServerScopeNameType: printable ASCII except space, `"`, `/` and `\`. */
const SCOPE_CHAR = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]$/;

export const resourceServer = defineRule({
  code: 'resource-server',
  description:
    'A resource server\'s identifier is 1-256 printable ASCII characters except space, `"` and `\\`; its name 1-256 of `[\\w\\s+=,.@-]`; ' +
    'at most 100 scopes, each named 1-256 printable ASCII characters except space, `"`, `/` and `\\`, with a 1-256 character description, ' +
    'and `<identifier>/<scope>` at most 256 characters.',
  source:
    'docs/aws-limits.md#resource-server-limits; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ResourceServerScopeType.html',
  part: 'resourceServer',
  reads: ['identifier', 'name', 'scopes'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, path } of pools(file)) {
      for (const [id, server] of Object.entries(pool.resourceServers ?? {}))
        out.push(...checkServer(server, [...path, 'resourceServers', id]));
    }
    return out;
  },
});

function checkServer(server: ResourceServerConfig, path: Path): RuleFinding[] {
  const out: RuleFinding[] = [];
  const push = (at: Path, message: string, hint: string, target?: 'key') =>
    out.push({ path: at, message, hint, ...(target ? { target } : {}) });

  const identifierProblem = lengthOrChar(server.identifier, IDENTIFIER_CHAR);
  if (identifierProblem) {
    push(
      [...path, 'identifier'],
      `a resource server identifier is 1-${MAX} printable ASCII characters except space, \`"\` and \`\\\`; received ${received(server.identifier)}, which ${identifierProblem}`,
      "use the API's URL, e.g. `https://api.example.com/orders`, or a short name such as `orders-api`",
    );
  }
  if (server.name !== undefined) {
    const nameProblem = lengthOrChar(server.name, NAME_CHAR);
    if (nameProblem) {
      push(
        [...path, 'name'],
        `a resource server name is 1-${MAX} characters of letters, digits, whitespace and \`_+=,.@-\`; received ${received(server.name)}, which ${nameProblem}`,
        'e.g. `Orders API`; remove `name` to use the logical id',
      );
    }
  }
  const scopes = Object.entries(server.scopes ?? {});
  if (scopes.length > MAX_SCOPES) {
    push(
      [...path, 'scopes', scopes[MAX_SCOPES][0]],
      `a resource server has at most ${MAX_SCOPES} scopes; received ${scopes.length}`,
      'remove scopes, or split the API into several resource servers',
      'key',
    );
  }
  for (const [name, description] of scopes) {
    const at = [...path, 'scopes', name];
    const scopeProblem = lengthOrChar(name, SCOPE_CHAR);
    if (scopeProblem) {
      push(
        at,
        `a scope name is 1-${MAX} printable ASCII characters except space, \`"\`, \`/\` and \`\\\`; received ${received(name)}, which ${scopeProblem}`,
        'e.g. `read` or `orders.write`',
        'key',
      );
    } else if (
      identifierProblem === undefined &&
      server.identifier.length + 1 + name.length > MAX
    ) {
      // App clients list `<identifier>/<scope>`, and AWS's ScopeType caps that at 256.
      push(
        at,
        `an app client requests this scope as \`<identifier>/<scope>\`, at most ${MAX} characters; received ${server.identifier.length + 1 + name.length} characters`,
        'shorten the scope name or the identifier',
        'key',
      );
    }
    if (description.length === 0 || description.length > MAX) {
      push(
        at,
        `a scope description is 1-${MAX} characters; received ${description.length} characters`,
        description.length === 0
          ? 'describe what the scope allows, e.g. `Read orders`'
          : `shorten it to ${MAX} characters`,
      );
    }
  }
  return out;
}

function lengthOrChar(text: string, allowed: RegExp): string | undefined {
  if (text.length === 0 || text.length > MAX) return `is ${text.length} characters long`;
  const bad = firstBadChar(text, allowed);
  return bad ? `contains ${bad}` : undefined;
}
