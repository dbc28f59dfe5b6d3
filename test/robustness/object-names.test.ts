import { synthesizeModels } from '../../src/compile';
import { modelsFromContents } from '../../src/model/pipeline';
import { renderReview } from '../../src/outputs/review';
import { validateContents } from '../../src/validate';

/**
 * A name the user chooses behaves like any other name, even when it is also
 * the name of a property every JavaScript object has (`constructor`,
 * `__proto__`, `toString`, ...): a plain object used as a dictionary answers
 * for those names before the user ever wrote them.
 *
 * The class, tested as a whole: every such name, in every place a user names
 * something (stack, pool, client, resource server, scope, identity provider,
 * variable, tag key and value, custom attribute, claim, secret key), gives
 * exactly what a neutral name of the same shape gives (the same findings, the
 * same Terraform JSON, the same review) with the name substituted.
 */
const NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** A name of the same shape (same length, same character classes, so the same rules apply) that no object has. */
function neutral(name: string): string {
  return name.replace(/[a-z]/g, 'q').replace(/[A-Z]/g, 'Q');
}

interface Place {
  place: string;
  yaml: (name: string) => string;
}

const base = (n: Partial<Record<string, string>>) => `version: 1
stack: ${n.stack ?? 'names'}
aws:
  region: us-east-1
  tags: { ${n.tagKey ?? 'team'}: ${n.tagValue ?? 'identity'} }
userPools:
  ${n.pool ?? 'pool'}:
    customAttributes:
      ${n.attribute ?? 'tenant'}: { type: string }
    domain: { prefix: names-login }
    resourceServers:
      ${n.server ?? 'api'}:
        identifier: https://api.example.com
        scopes: { ${n.scope ?? 'read'}: Read things }
    identityProviders:
      ${n.idp ?? 'Okta'}:
        type: oidc
        issuer: https://idp.example.com
        clientId: abc
        clientSecret: ${n.variable ? `{ variable: ${n.variable} }` : n.secretKey ? `{ secretsManager: idp-secret, key: ${n.secretKey} }` : '{ ssm: /idp/secret }'}
        scopes: [openid, email]
        attributeMapping: { email: ${n.claim ?? 'email'}, custom:${n.attribute ?? 'tenant'}: org }
    clients:
      ${n.client ?? 'web'}:
        callbackUrls: [https://app.example.com/cb]
        oauth: { flows: [code], scopes: [openid, email, 'https://api.example.com/${n.scope ?? 'read'}'] }
        identityProviders: [${n.idp ?? 'Okta'}]
        writeAttributes: [email, custom:${n.attribute ?? 'tenant'}]
`;

const PLACES: Place[] = [
  'stack',
  'tagKey',
  'tagValue',
  'pool',
  'attribute',
  'server',
  'scope',
  'idp',
  'variable',
  'secretKey',
  'claim',
  'client',
].map((place) => ({
  place,
  yaml: (name: string) => base({ [place]: yamlScalar(name) }),
}));

/** Quoted when YAML would read the name as something else (`__proto__` is plain text either way). */
function yamlScalar(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name);
}

/** Replace every occurrence of `from` by `to`, in keys and values, and normalize the hash suffixes cogfed appends to sanitized names. */
function rename(value: unknown, from: string, to: string): unknown {
  const text = (s: string) =>
    s
      .split(from)
      .join(to)
      .replace(/__h[0-9a-f]{8}/g, '__hHASH');
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value).map((k) => [
        text(k),
        rename((value as Record<string, unknown>)[k], from, to),
      ]),
    );
  }
  return value;
}

function outcome(text: string, from: string, to: string) {
  const bytes = Buffer.from(text);
  const validation = validateContents([{ path: 'names.yaml', bytes }]);
  const findings = validation.diagnostics.map(
    (d) => `${d.code}@${d.line}:${d.col} ${d.message.split(from).join(to)}`,
  );
  if (!validation.ok) return { findings };
  const result = modelsFromContents([{ path: 'names.yaml', bytes }]);
  if (!result.ok) return { findings, modelFailed: true };
  const synthesized = synthesizeModels(result.models);
  const stacks = Object.fromEntries(
    [...synthesized].map(([name, json]) => [name.split(from).join(to), rename(json, from, to)]),
  );
  return { findings, stacks, review: rename(renderReview(result.models), from, to) as string };
}

test('the base file is valid and compiles (else the test proves nothing)', () => {
  const result = outcome(base({}), 'x', 'x');
  expect(result.findings).toEqual([]);
  expect(Object.keys(result.stacks ?? {})).toEqual(['names']);
});

describe.each(PLACES)('a JavaScript property name as the $place', ({ yaml }) => {
  test.each(NAMES)('%s behaves like any other name', (name) => {
    const control = neutral(name);
    expect(outcome(yaml(name), name, control)).toEqual(outcome(yaml(control), control, control));
  });
});
