import type { RuleFinding } from './rule';
import { Path, defineRule } from './rule';
import { carriesUserinfo } from './url';

/**
 * Every place the language accepts a URL, as paths with `*` for any key or
 * index: the issuer and endpoints Cognito calls, the redirect URLs it sends
 * browsers to, resource server identifiers (usually the API's URL) and the
 * custom scopes built from them, and the editor's `$schema` reference.
 */
export const URL_POSITIONS: readonly string[] = [
  '$schema',
  'userPools.*.identityProviders.*.issuer',
  'userPools.*.identityProviders.*.endpoints.authorize',
  'userPools.*.identityProviders.*.endpoints.token',
  'userPools.*.identityProviders.*.endpoints.userInfo',
  'userPools.*.identityProviders.*.endpoints.jwks',
  'userPools.*.clients.*.callbackUrls.*',
  'userPools.*.clients.*.logoutUrls.*',
  'userPools.*.clients.*.defaultRedirectUri',
  'userPools.*.clients.*.oauth.scopes.*',
  'userPools.*.resourceServers.*.identifier',
];

export const urlUserinfo = defineRule({
  code: 'url-userinfo',
  description:
    'No URL carries a user name or password (userinfo before an `@`), wherever the language accepts a URL: issuer, endpoints, callback, logout and default ' +
    'redirect URLs, resource server identifiers and scopes. Messages never show it.',
  source:
    'https://url.spec.whatwg.org/#concept-url-username (userinfo, as the URL parser reads it); ' +
    'https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1 ("Use of the format user:password in the userinfo field is deprecated"); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-CallbackURLs',
  // It checks the type of every value it reads, so it runs on every file, whatever else is wrong with it:
  // a password must never wait for another error to be fixed before it is reported.
  part: 'file',
  reads: [],
  check(file) {
    const out: RuleFinding[] = [];
    for (const pattern of URL_POSITIONS) {
      for (const [path, value] of stringsAt(file, pattern.split('.'))) {
        if (!carriesUserinfo(value)) continue;
        out.push({
          path,
          message:
            'a URL must not carry a user name or password (userinfo: what comes before an `@` in front of the host), which cogfed would write into ' +
            'Terraform JSON and state, plans and reviews; this one does (the value is not shown)',
          hint: "remove the user name, the password and the `@` after them; an identity provider's client secret goes in `clientSecret`, as a reference",
        });
      }
    }
    return out;
  },
});

/** The strings at a path pattern, walking only mappings and lists (the file may have shape errors elsewhere). */
function stringsAt(root: unknown, pattern: readonly string[]): Array<[Path, string]> {
  let nodes: Array<[Path, unknown]> = [[[], root]];
  for (const segment of pattern) {
    const next: Array<[Path, unknown]> = [];
    for (const [path, node] of nodes) {
      if (Array.isArray(node)) {
        if (segment === '*') node.forEach((item, i) => next.push([[...path, i], item]));
      } else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        const keys =
          segment === '*'
            ? Object.keys(record)
            : Object.prototype.hasOwnProperty.call(record, segment)
              ? [segment]
              : [];
        for (const key of keys) next.push([[...path, key], record[key]]);
      }
    }
    nodes = next;
  }
  return nodes.filter((entry): entry is [Path, string] => typeof entry[1] === 'string');
}
