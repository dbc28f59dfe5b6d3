import { modelsFromContents } from '../../src/model/pipeline';
import { validateContents } from '../../src/validate';
import { DEFINITION, files, tenant } from './fixtures';

const at = (d: { file: string; code: string; line: number; col: number }) =>
  `${d.file}:${d.code}@${d.line}:${d.col}`;

describe('environments', () => {
  test('one definition is one stack per environment, each with its own issuer, domain and production flag', () => {
    const result = modelsFromContents(files({ 'config/acme-sso/stack.yaml': DEFINITION }));
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('invalid');
    expect(result.models.map((m) => m.stack)).toEqual(['acme-sso-dev', 'acme-sso-prod']);
    const issuers = result.models.map((m) => m.pools[0].providers[0]);
    expect(issuers.map((p) => JSON.stringify(p)).some((p) => p.includes('acme.scalekit.dev'))).toBe(
      true,
    );
    expect(JSON.stringify(result.models[1])).toContain('acme.scalekit.com');
    expect(JSON.stringify(result.models[1])).not.toContain('acme.scalekit.dev');
    expect(result.models.map((m) => m.file)).toEqual([
      'config/acme-sso/stack.yaml',
      'config/acme-sso/stack.yaml',
    ]);
  });

  test('a finding on an overlay value is located in the overlay, a finding on a base value once, in the base', () => {
    const bad = DEFINITION.replace(
      '"https://acme.scalekit.com"',
      '"http://acme.scalekit.com"',
    ).replace('scopes: [openid, email]\n    clients', 'scopes: [email]\n    clients');
    const result = validateContents(files({ 'stack.yaml': bad }));
    expect(result.diagnostics.map(at)).toEqual([
      'stack.yaml:oidc-issuer@22:31',
      'stack.yaml:oidc-scopes-openid@29:17',
    ]);
  });

  test('production refuses a localhost callback, wherever it was written', () => {
    const bad = DEFINITION.replace(
      '[https://app.acme.com/cb]',
      '[https://app.acme.com/cb, "http://localhost:3000/cb"]',
    );
    const result = validateContents(files({ 'stack.yaml': bad }));
    expect(result.diagnostics.map(at)).toEqual(['stack.yaml:callback-localhost-production@32:49']);
  });

  test('an environment must name its stack', () => {
    const bad = DEFINITION.replace('    stack: acme-sso-dev\n', '');
    expect(validateContents(files({ 'stack.yaml': bad })).diagnostics.map(at)).toEqual([
      'stack.yaml:schema-required@7:5',
    ]);
  });
});

describe('tenants', () => {
  test('a tenant file joins one stack; `tenants` in a client takes every tenant provider of the pool, sorted', () => {
    const result = modelsFromContents(
      files({
        'stack.yaml': DEFINITION,
        'tenants/megasoft.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org'),
        'tenants/example.yaml': tenant('example', 'Example', 'example.org'),
      }),
    );
    expect(result.diagnostics).toEqual([]);
    if (!result.ok) throw new Error('invalid');
    const [dev, prod] = result.stacks;
    expect(dev.model.pools[0].providers.map((p) => p.name)).toEqual(['Router']);
    expect(prod.model.pools[0].providers.map((p) => p.name).sort()).toEqual([
      'Example',
      'Megasoft',
      'Router',
    ]);
    expect(prod.model.pools[0].clients[0].identityProviders).toEqual([
      'COGNITO',
      'Example',
      'Megasoft',
    ]);
    expect(prod.tenants).toEqual(['tenants/megasoft.yaml', 'tenants/example.yaml']);
  });

  test("a tenant provider's finding is located in the tenant file", () => {
    const bad = tenant('megasoft', 'Megasoft', 'megasoft.org').replace(
      'scopes: [openid, email]',
      'scopes: [email]',
    );
    const result = validateContents(
      files({ 'stack.yaml': DEFINITION, 'tenants/megasoft.yaml': bad }),
    );
    expect(result.diagnostics.map(at)).toEqual(['tenants/megasoft.yaml:oidc-scopes-openid@9:13']);
  });

  test("a tenant file's own shape is checked by its schema", () => {
    const bad = tenant('megasoft', 'Megasoft', 'megasoft.org') + 'aws: { region: us-east-1 }\n';
    const result = validateContents(files({ 'stack.yaml': DEFINITION, 't.yaml': bad }));
    expect(result.diagnostics.map(at)).toEqual(['t.yaml:schema-unknown-property@11:1']);
  });

  test('two tenant files routing one identifier: the finding names both files and lines', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        'a.yaml': tenant('alpha', 'Alpha', 'shared.org'),
        'b.yaml': tenant('beta', 'Beta', 'shared.org'),
      }),
    );
    expect(result.diagnostics.map(at)).toEqual(['b.yaml:idp-identifier-duplicate@10:19']);
    expect(result.diagnostics[0].message).toContain('a.yaml:10:19');
  });
});
