import { stringify } from 'yaml';
import schema from '../../schemas/cogfed.schema.json';
import { modelOf } from '../compile/helpers';

/**
 * Every `default` the schema documents is the default cogfed applies: for
 * each, a file that leaves the key out and a file that writes the schema's
 * default must build the same model. Defaults added to the schema later are
 * found by the walk, so none can drift.
 */
type Json = Record<string, unknown>;

/** Where each schema definition sits in a file. */
const PLACES: Record<string, string[]> = {
  '': [],
  userPool: ['userPools', 'customers'],
  customAttribute: ['userPools', 'customers', 'customAttributes', 'tenant_id'],
  identityProvider: ['userPools', 'customers', 'identityProviders', 'Okta'],
  client: ['userPools', 'customers', 'clients', 'web'],
};

/** A file in which every object that holds a defaulted key exists, each with none of its defaulted keys. */
function base(): Json {
  return {
    version: 1,
    stack: 'acme',
    aws: { region: 'us-east-1' },
    backend: { s3: { bucket: 'acme-state', region: 'us-east-1' } },
    userPools: {
      customers: {
        signIn: { usernameAttributes: ['email'] },
        passwordPolicy: {},
        mfa: {},
        domain: { prefix: 'acme-login' },
        customAttributes: { tenant_id: { type: 'string' } },
        identityProviders: {
          Okta: {
            type: 'oidc',
            issuer: 'https://acme.okta.com',
            clientId: 'abc',
            clientSecret: { ssm: '/acme/okta' },
            scopes: ['openid', 'email'],
          },
        },
        clients: {
          web: {
            callbackUrls: ['https://app.acme.com/callback'],
            oauth: { flows: ['code'], scopes: ['openid', 'email'] },
            identityProviders: ['Okta'],
            tokenValidity: {},
          },
        },
      },
    },
  };
}

function defaults(): Array<{ path: string[]; value: unknown }> {
  const found: Array<{ path: string[]; value: unknown }> = [];
  const walk = (node: unknown, place: string[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Json;
    if ('default' in n) found.push({ path: place, value: n.default });
    for (const [key, child] of Object.entries((n.properties as Json) ?? {}))
      walk(child, [...place, key]);
  };
  walk(schema, PLACES['']);
  for (const [name, definition] of Object.entries((schema as Json).definitions as Json)) {
    if (!(name in PLACES)) {
      if (JSON.stringify(definition).includes('"default"'))
        throw new Error(
          `definition ${name} has defaults but no place in the test file: add it to PLACES`,
        );
      continue;
    }
    walk(definition, PLACES[name]);
  }
  return found;
}

function set(file: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(file);
  let node = copy;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
  node[path[path.length - 1]] = value;
  return copy;
}

test('the walk finds the schema defaults', () => {
  expect(defaults().length).toBeGreaterThanOrEqual(20);
});

test.each(defaults().map((d) => ({ ...d, key: d.path.join('.') })))(
  '$key: default $value',
  ({ path, value }) => {
    const omitted = modelOf(stringify(base()));
    const written = modelOf(stringify(set(base(), path, value)));
    expect(written).toEqual(omitted);
  },
);
