import { runCli } from '../helpers/cli';
import { TempRepo } from './repo';

/**
 * Names that are also properties of every JavaScript object (`constructor`,
 * `toString`, `hasOwnProperty`, `valueOf`, `__proto__`) are ordinary names
 * to diff and review: as pool and client ids, provider names and tag keys,
 * on both sides of a change, they are compared and reported like any other.
 */
const FILE = `version: 1
stack: protos
aws:
  region: us-east-1
  tags: { __proto__: x, constructor: y }
userPools:
  constructor:
    domain: { prefix: proto-login-x }
    identityProviders:
      toString: { type: oidc, issuer: https://idp.example.com, clientId: c, clientSecret: { ssm: /s }, scopes: [openid] }
      hasOwnProperty: { type: oidc, issuer: https://idp2.example.com, clientId: d, clientSecret: { ssm: /s2 }, scopes: [openid] }
    clients:
      constructor: { callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [toString, hasOwnProperty] }
  valueof:
    name: hop
`;

describe('diff and review with object-prototype names', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo({ 'config/a.yaml': FILE });
  });
  afterEach(() => repo.cleanup());

  test('each change is compared and named', () => {
    repo.write(
      'config/a.yaml',
      FILE.replace('name: hop', 'name: hop2')
        .replace('clientId: c,', 'clientId: c2,')
        .replace('__proto__: x', '__proto__: w'),
    );
    const result = repo.diff();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'resources: 0 to create, 2 to update, 0 to replace, 0 to destroy',
    );
    expect(result.stdout).toContain(
      '  ~ aws_cognito_identity_provider.constructor__toString\n        ~ provider_details.client_id: "c" → "c2"',
    );
    expect(result.stdout).toContain(
      '  ~ aws_cognito_user_pool.valueof\n        ~ name: "hop" → "hop2"',
    );
    expect(result.stdout).toContain('~ default_tags[0].tags.__proto__: "x" → "w"');
    expect(result.stdout).toContain('warning idp-identity-changed: identity provider toString');
  });

  test('a provider named hasOwnProperty removed: idp-removed, and the client that listed it updated', () => {
    repo.write(
      'config/a.yaml',
      FILE.replace(/ {6}hasOwnProperty: .*\n/, '').replace(
        'identityProviders: [toString, hasOwnProperty]',
        'identityProviders: [toString]',
      ),
    );
    const result = repo.diff();
    expect(result.stdout).toContain('- aws_cognito_identity_provider.constructor__hasOwnProperty');
    expect(result.stdout).toContain('~ aws_cognito_user_pool_client.constructor__constructor');
    expect(result.stdout).toMatch(/error idp-removed: .*hasOwnProperty/);
    expect(result.exitCode).toBe(1);
  });

  test('review --base names the changed pool by its id', () => {
    repo.write('config/a.yaml', FILE.replace('name: hop', 'name: hop2'));
    const result = runCli(['review', '--base', 'main'], { cwd: repo.dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 user pool of 2');
    expect(result.stdout).toContain('### User pool `valueof` (`hop2`)');
    expect(result.stdout).not.toContain('### User pool `constructor`');
  });
});
