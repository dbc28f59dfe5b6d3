import { affected } from '../../src/cli/affected';
import { DEFINITION, tenant } from '../estate/fixtures';
import { TempRepo } from '../diff/repo';

const PLAIN =
  'version: 1\nstack: other\naws: { region: eu-west-1 }\nuserPools:\n  p:\n    domain: { prefix: other-login }\n';

function estate(): TempRepo {
  return new TempRepo({
    'config/acme-sso/stack.yaml': DEFINITION,
    'config/acme-sso/tenants/megasoft.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org'),
    'config/other.yaml': PLAIN,
  });
}

const run = (repo: TempRepo, format: 'json' | 'list' = 'json') =>
  affected([], { base: 'main', format }, repo.dir);

describe('cogfed affected', () => {
  test('nothing changed: no stacks', () => {
    expect(JSON.parse(run(estate()).stdout)).toEqual({ stacks: [] });
  });

  test('adding one tenant file names exactly the one stack it joins', () => {
    const repo = estate().write(
      'config/acme-sso/tenants/example.yaml',
      tenant('example', 'Example', 'example.org'),
    );
    const result = run(repo);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      stacks: [{ stack: 'acme-sso-prod', file: 'config/acme-sso/stack.yaml', change: 'changed' }],
    });
    expect(run(repo, 'list').stdout).toBe('acme-sso-prod\n');
  });

  test('removing a tenant file touches its stack', () => {
    const repo = estate().remove('config/acme-sso/tenants/megasoft.yaml');
    expect(run(repo, 'list').stdout).toBe('acme-sso-prod\n');
  });

  test('a change to the definition touches every environment', () => {
    const repo = estate().edit('config/acme-sso/stack.yaml', (t) =>
      t.replace(
        'scopes: [openid, email]\n    clients',
        'scopes: [openid, email, profile]\n    clients',
      ),
    );
    expect(run(repo, 'list').stdout).toBe('acme-sso-dev\nacme-sso-prod\n');
  });

  test("a change in one environment's overlay touches that environment only", () => {
    const repo = estate().edit('config/acme-sso/stack.yaml', (t) =>
      t.replace('acme-login-dev', 'acme-login-dev2'),
    );
    expect(run(repo, 'list').stdout).toBe('acme-sso-dev\n');
  });

  test('a comment touches nothing; a new stack file is added, a deleted one removed', () => {
    const repo = estate().edit('config/other.yaml', (t) => `# a comment\n${t}`);
    expect(JSON.parse(run(repo).stdout)).toEqual({ stacks: [] });
    repo
      .remove('config/other.yaml')
      .write(
        'config/third.yaml',
        PLAIN.replace('other', 'third').replace('other-login', 'third-login'),
      );
    expect(JSON.parse(run(repo).stdout)).toEqual({
      stacks: [
        { stack: 'other', file: 'config/other.yaml', change: 'removed' },
        { stack: 'third', file: 'config/third.yaml', change: 'added' },
      ],
    });
  });

  test('a head that does not validate: exit 1 with its findings', () => {
    const repo = estate().write(
      'config/acme-sso/tenants/bad.yaml',
      tenant('bad', 'Bad', 'bad.org', 'nowhere'),
    );
    const result = run(repo);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('tenant-joins-unknown');
  });
});
