import { movedBlocks } from '../../src/compile/moved';
import { modelsFromContents } from '../../src/model/pipeline';
import { TempRepo } from './repo';

const STACK = `version: 1
stack: acme
aws: { region: us-east-1 }
userPools:
  customers:
    domain: { prefix: acme-login }
    resourceServers:
      orders: { identifier: https://api.acme.com/orders, scopes: { read: Read } }
    identityProviders:
      Okta: { type: oidc, issuer: https://acme.okta.com, clientId: abc, clientSecret: { ssm: /acme/okta }, scopes: [openid, email] }
    clients:
      web:
        callbackUrls: [https://app.acme.com/cb]
        oauth: { flows: [code], scopes: [openid, email, https://api.acme.com/orders/read] }
        identityProviders: [Okta]
`;
const RENAMED = STACK.replace('  customers:\n', '  users:\n    renamedFrom: customers\n');

describe('renamedFrom', () => {
  test('a renamed pool compiles to a moved block for every resource under its key', () => {
    const result = modelsFromContents([{ path: 'acme.yaml', bytes: Buffer.from(RENAMED) }]);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(movedBlocks(result.models[0])).toEqual([
      {
        from: 'aws_cognito_identity_provider.customers__Okta',
        to: 'aws_cognito_identity_provider.users__Okta',
      },
      {
        from: 'aws_cognito_resource_server.customers__orders',
        to: 'aws_cognito_resource_server.users__orders',
      },
      { from: 'aws_cognito_user_pool.customers', to: 'aws_cognito_user_pool.users' },
      {
        from: 'aws_cognito_user_pool_client.customers__web',
        to: 'aws_cognito_user_pool_client.users__web',
      },
      { from: 'aws_cognito_user_pool_domain.customers', to: 'aws_cognito_user_pool_domain.users' },
    ]);
  });

  test('diff: a pool renamed with renamedFrom is a move, not a hazard; its default name updates in place', () => {
    const repo = new TempRepo({ 'config/acme.yaml': STACK });
    repo.write('config/acme.yaml', RENAMED);
    const { stdout, stderr, exitCode } = repo.diff();
    const all = stdout + stderr;
    expect(exitCode).toBe(0);
    expect(all).toContain('moved pool customers → users (state moves; nothing is destroyed)');
    expect(all).toContain('aws_cognito_user_pool.customers → aws_cognito_user_pool.users');
    expect(all).not.toContain('pool-replaced');
    expect(all).not.toContain('(replace)');
    expect(all).toContain('~ aws_cognito_user_pool.users');
    expect(all).toContain('its AWS name changes from acme-customers to acme-users');
  });

  test('diff --format json lists the move and its addresses', () => {
    const repo = new TempRepo({ 'config/acme.yaml': STACK });
    repo.write('config/acme.yaml', RENAMED);
    const report = JSON.parse(repo.diff({ format: 'json' }).stdout);
    expect(report.hazards).toEqual([]);
    expect(report.stacks[0].moves[0]).toMatchObject({
      kind: 'pool',
      from: 'customers',
      to: 'users',
    });
    expect(report.stacks[0].moves[0].addresses).toContainEqual({
      from: 'aws_cognito_user_pool.customers',
      to: 'aws_cognito_user_pool.users',
    });
  });

  test('without renamedFrom the same rename is the blocking hazard it always was', () => {
    const repo = new TempRepo({ 'config/acme.yaml': STACK });
    repo.write('config/acme.yaml', STACK.replace('  customers:\n', '  users:\n'));
    const { stdout, stderr, exitCode } = repo.diff();
    expect(exitCode).toBe(1);
    expect(stdout + stderr).toContain('pool-replaced');
  });

  test('once the base has the new key, diff says renamedFrom can be removed', () => {
    const repo = new TempRepo({ 'config/acme.yaml': RENAMED });
    repo.write('config/acme.yaml', RENAMED.replace('acme-login', 'acme-login2'));
    const { stdout, stderr } = repo.diff();
    expect(stdout + stderr).toContain('`renamedFrom: customers` can be removed');
  });

  test('a renamed client moves the client only', () => {
    const result = modelsFromContents([
      {
        path: 'acme.yaml',
        bytes: Buffer.from(STACK.replace('      web:\n', '      app:\n        renamedFrom: web\n')),
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(movedBlocks(result.models[0])).toEqual([
      {
        from: 'aws_cognito_user_pool_client.customers__web',
        to: 'aws_cognito_user_pool_client.customers__app',
      },
    ]);
  });
});
