import { readDoc } from '../helpers/markdown';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/docs-configuration.js');
const doc = readDoc('docs/configuration.md');
const schema = JSON.parse(readDoc('schemas/cogfed.schema.json'));

/** The table row of a key inside the generated block of `address`. */
function rowOf(markdown: string, address: string, key: string): string {
  const start = markdown.indexOf(`<!-- generated:keys ${address} -->`);
  const end = markdown.indexOf('<!-- /generated -->', start);
  const row = markdown
    .slice(start, end)
    .split('\n')
    .find((line) => line.startsWith(`| \`${key}\` |`));
  if (!row) throw new Error(`no row for ${key} under ${address}`);
  return row;
}

test('the key tables of docs/configuration.md are generated from the schema (npm run build && node scripts/docs-configuration.js)', () => {
  expect(generator.render(doc)).toBe(doc);
});

test('each key says what changing it costs: the keys that replace a user pool, a provider, a client or a domain', () => {
  expect(rowOf(doc, 'userPools.<id>.signIn', 'usernameAttributes')).toContain(
    '**replaces the user pool**: every user in it is deleted ([`pool-replaced`](codes.md#pool-replaced))',
  );
  expect(rowOf(doc, 'userPools.<id>.signIn', 'caseSensitive')).toContain(
    '**replaces the user pool**',
  );
  expect(rowOf(doc, 'userPools.<id>.signIn', 'autoVerify')).toContain('| updated in place |');
  expect(rowOf(doc, 'userPools', '<id>')).toContain('destroys the pool');
  expect(rowOf(doc, 'userPools', '<id>.name')).toContain(
    'updated in place (hashicorp/aws 6.6.0 and later)',
  );
  expect(rowOf(doc, 'aws', 'region')).toContain('**replaces every resource of the stack**');
  expect(rowOf(doc, 'userPools.<id>.identityProviders', '<name>')).toContain(
    '[`idp-renamed`](codes.md#idp-renamed)',
  );
  expect(rowOf(doc, 'userPools.<id>.identityProviders', '<name>.type')).toContain(
    '**replaces the identity provider**',
  );
  expect(rowOf(doc, 'userPools.<id>.clients', '<id>.generateSecret')).toContain(
    '**replaces the app client**',
  );
  expect(rowOf(doc, 'userPools.<id>.domain', 'prefix')).toContain('**replaces the domain**');
  expect(rowOf(doc, 'userPools.<id>.domain', 'custom.certificateArn')).toContain(
    'another certificate ARN updates the domain in place',
  );
  expect(rowOf(doc, 'userPools.<id>.customAttributes', '<name>.type')).toContain(
    '[`custom-attribute-changed`](codes.md#custom-attribute-changed)',
  );
});

test('defaults and required keys come from the schema', () => {
  expect(rowOf(doc, 'userPools.<id>.passwordPolicy', 'minimumLength')).toMatch(
    /^\| `minimumLength` \| integer \| `12` \| Minimum length, 6-99\. \|/,
  );
  expect(rowOf(doc, 'userPools.<id>.identityProviders', '<name>.issuer')).toContain(
    '| string | required |',
  );
  expect(rowOf(doc, 'userPools', '<id>.name')).toContain('| `<stack>-<id>` |');
  expect(rowOf(doc, '#/definitions/secretRef', 'secretsManager')).toContain('| required |');
});

test('a "Default …" sentence in a description agrees with the `default` keyword', () => {
  const disagree: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n.description === 'string' && n.default !== undefined) {
      const { stated } = generator.splitDefault(n.description);
      const keyword = Array.isArray(n.default) ? `[${n.default.join(', ')}]` : String(n.default);
      if (stated !== undefined && stated.replace(/`/g, '') !== keyword)
        disagree.push(`${at}: "${stated}" vs ${keyword}`);
    }
    for (const [key, child] of Object.entries(n)) visit(child, `${at}/${key}`);
  };
  visit(schema, '#');
  expect(disagree).toEqual([]);
});

describe('identity-provider types as oneOf branches', () => {
  /** The real schema, with `identityProvider` split into forms, as the provider types will be. */
  function withProviderTypes(shared: boolean) {
    const next = JSON.parse(JSON.stringify(schema));
    const oidc = next.definitions.identityProvider;
    next.definitions.oidcProvider = oidc;
    next.definitions.samlProvider = {
      type: 'object',
      description: 'A SAML 2.0 identity provider.',
      additionalProperties: false,
      required: ['type', 'metadataUrl'],
      properties: {
        type: { const: 'saml', description: 'The provider type.' },
        metadataUrl: { type: 'string', description: "The IdP's metadata URL." },
        signOut: {
          type: 'boolean',
          default: false,
          description: 'Sign out at the IdP too. Default `false`.',
        },
      },
    };
    next.definitions.identityProvider = shared
      ? {
          type: 'object',
          description: 'An identity provider.',
          required: ['type'],
          properties: { type: { enum: ['oidc', 'saml'], description: 'The provider type.' } },
          oneOf: [{ $ref: '#/definitions/oidcProvider' }, { $ref: '#/definitions/samlProvider' }],
        }
      : {
          description: 'An identity provider.',
          oneOf: [{ $ref: '#/definitions/oidcProvider' }, { $ref: '#/definitions/samlProvider' }],
        };
    return next;
  }

  test.each([
    ['forms only', false],
    ['shared keys and forms', true],
  ])('one table per form (%s), each headed by its type', (_label, shared) => {
    const out: string = generator.render(doc, withProviderTypes(shared as boolean));
    const block = out.slice(
      out.indexOf('<!-- generated:keys userPools.<id>.identityProviders -->'),
      out.indexOf('### clients'),
    );
    expect(block).toContain('#### `type: oidc`');
    expect(block).toContain('#### `type: saml`');
    expect(block).toContain('A SAML 2.0 identity provider.');
    const saml = block.slice(block.indexOf('#### `type: saml`'));
    expect(saml).toContain(
      "| `<name>.metadataUrl` | string | required | The IdP's metadata URL. | updated in place |",
    );
    expect(saml).toContain(
      '| `<name>.signOut` | boolean | `false` | Sign out at the IdP too. | updated in place |',
    );
    expect(saml).toContain('**replaces the identity provider**');
    const oidc = block.slice(
      block.indexOf('#### `type: oidc`'),
      block.indexOf('#### `type: saml`'),
    );
    expect(oidc).toContain('| `<name>.issuer` | string | required |');
    expect(oidc).toContain('[Secret references](#secret-references)');
    // The rest of the document is unchanged.
    expect(
      out.slice(0, out.indexOf('<!-- generated:keys userPools.<id>.identityProviders -->')),
    ).toBe(doc.slice(0, doc.indexOf('<!-- generated:keys userPools.<id>.identityProviders -->')));
  });
});

test("a block for a key the schema lacks fails the generator; a key without a block of its own is documented in its parent's table", () => {
  expect(() =>
    generator.render(
      doc.replace(
        '<!-- generated:keys userPools.<id>.email -->',
        '<!-- generated:keys userPools.<id>.mail -->',
      ),
    ),
  ).toThrow(/does not have/);
  const grown = JSON.parse(JSON.stringify(schema));
  grown.definitions.userPool.properties.lambdas = {
    type: 'object',
    properties: { preSignUp: { type: 'string' } },
  };
  // A new nested mapping is documented in its parent's table…
  expect(generator.render(doc, grown)).toContain('| `<id>.lambdas.preSignUp` | string |');
  // …but a key below a block that is gone is not.
  const withoutSignIn = doc.replace(
    /<!-- generated:keys userPools\.<id>\.signIn -->[\s\S]*?<!-- \/generated -->/,
    '',
  );
  expect(generator.render(withoutSignIn)).toContain('| `<id>.signIn.usernameAttributes` |');
});
