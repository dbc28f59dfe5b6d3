import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, YAMLMap } from 'yaml';
import { modelOf, synthBytes } from './helpers';

/**
 * Terraform addresses, and every byte of the output, come from YAML keys, not
 * from where the keys sit: moving a pool, a provider or a client within its
 * file must not change the synthesized JSON at all.
 */
function permuted(text: string, order: (items: YAMLMap['items']) => YAMLMap['items']): string {
  const doc = parseDocument(text);
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      node.items = order([...node.items]);
      for (const pair of node.items) visit(pair.value);
    } else if (node && typeof node === 'object' && 'items' in node) {
      for (const item of (node as { items: unknown[] }).items) visit(item);
    }
  };
  visit(doc.contents);
  return doc.toString();
}

const EXAMPLE = readFileSync(join(__dirname, '../../config/scalekit-sso.yaml'), 'utf8');

/** The example with a second pool, providers and clients, so there is something to reorder at every level. */
const RICH = `${EXAMPLE}
  partners:
    deletionProtection: false
    domain: { prefix: acme-partners }
    identityProviders:
      Zeta: { type: oidc, issuer: https://zeta.example.com, clientId: z, clientSecret: { variable: zeta_secret }, scopes: [openid] }
      Alpha: { type: oidc, issuer: https://alpha.example.com, clientId: a, clientSecret: { ssm: /alpha }, scopes: [openid] }
      Mid: { type: oidc, issuer: https://mid.example.com, clientId: m, clientSecret: { secretsManager: mid, key: k }, scopes: [openid] }
    clients:
      zz: { callbackUrls: [https://zz.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [Zeta, Alpha, Mid] }
      aa: { callbackUrls: [https://aa.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [Mid] }
`;

describe('reordering mappings changes no byte of the output', () => {
  const bytes = (text: string) => synthBytes([modelOf(text)]).get('acme-sso');
  const original = bytes(RICH);

  test('the rich example synthesizes', () => {
    expect(original).toContain('"aws_cognito_user_pool_client"');
    expect(original).toContain('partners__Alpha');
  });

  test.each([
    ['every mapping reversed', (items: YAMLMap['items']) => items.reverse()],
    [
      'every mapping rotated by one',
      (items: YAMLMap['items']) => [...items.slice(1), ...items.slice(0, 1)],
    ],
    [
      'every mapping sorted by key, descending',
      (items: YAMLMap['items']) => items.sort((a, b) => String(b.key).localeCompare(String(a.key))),
    ],
  ])('%s', (_name, order) => {
    const text = permuted(RICH, order);
    expect(text).not.toBe(RICH);
    expect(bytes(text)).toBe(original);
  });
});
