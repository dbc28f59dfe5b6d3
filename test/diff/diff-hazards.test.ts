import { TempRepo } from './repo';
import { ACME, GLOBEX } from './fixtures';

/**
 * Every hazard, end to end: a real git repository, the base committed on
 * `main`, the head edited in the working tree, `cogfed diff --base main`
 * run in-process with the real compile stage.
 */
describe('cogfed diff: hazards', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo({ 'config/acme.yaml': ACME, 'config/globex.yaml': GLOBEX });
  });
  afterEach(() => repo.cleanup());

  /** `code@file:line` of each hazard line in the text output. */
  const hazards = (stdout: string) =>
    [...stdout.matchAll(/^(config\/[^:]+):(\d+):\d+: (?:error|warning) ([a-z-]+):/gm)].map(
      (m) => `${m[3]}@${m[1]}:${m[2]}`,
    );

  test('no change: no hazards, exit 0', () => {
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('stack acme (config/acme.yaml): no changes');
    expect(result.stdout).toContain('cogfed diff: no blocking hazards, 0 warnings');
  });

  describe("done when: a pull request that deletes a pool's users", () => {
    test('usernameAttributes changed: names the pool, says its users are deleted, exits 1', () => {
      repo.edit('config/acme.yaml', (s) =>
        s.replace(
          'usernameAttributes: [email]\n      caseSensitive',
          'usernameAttributes: [phone_number]\n      caseSensitive',
        ),
      );
      const result = repo.diff();
      expect(result.exitCode).toBe(1);
      expect(hazards(result.stdout)).toEqual([
        'pool-replaced@config/acme.yaml:9',
        'domain-changed@config/acme.yaml:14',
      ]);
      expect(result.stdout).toMatch(
        /error pool-replaced: user pool customers \(acme-customers\) is replaced: username_attributes \["email"\] → \["phone_number"\].*every user in it is deleted/,
      );
      expect(result.stdout).toContain('-/+ aws_cognito_user_pool.customers (replace)');
      expect(result.stdout).toContain(
        '~ username_attributes: ["email"] → ["phone_number"]  # forces replacement',
      );
      // Children of a replaced pool are replaced with it (the cascade); only what stays true after it is said again (domain-changed: what the IdPs must be given).
      expect(result.stdout).toContain('-/+ aws_cognito_user_pool_client.customers__web (replace)');
      expect(result.stdout).toContain(
        '-/+ aws_cognito_identity_provider.customers__Okta (replace)',
      );
      expect(result.stdout).toContain('to merge anyway: --accept pool-replaced');
    });

    test('usernameAttributes changed, accepted with --accept pool-replaced: exit 0', () => {
      repo.edit('config/acme.yaml', (s) =>
        s.replace(
          'usernameAttributes: [email]\n      caseSensitive',
          'usernameAttributes: [phone_number]\n      caseSensitive',
        ),
      );
      const result = repo.diff({ accept: ['pool-replaced'] });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('warning pool-replaced:');
      expect(result.stdout).toContain('[accepted: --accept pool-replaced]');
      expect(result.stdout).toContain('cogfed diff: no blocking hazards, 1 accepted, 1 warning');
    });

    test('pool key renamed: destroy + create, exits 1; accepted, exits 0', () => {
      repo.edit('config/acme.yaml', (s) => s.replace('  customers:\n', '  clients:\n'));
      const result = repo.diff();
      expect(result.exitCode).toBe(1);
      expect(hazards(result.stdout)).toEqual([
        'pool-replaced@config/acme.yaml:6',
        'domain-changed@config/acme.yaml:14',
      ]);
      expect(result.stdout).toContain('user pool key renamed from customers to clients');
      expect(result.stdout).toContain(
        'Terraform destroys pool customers (acme-customers) and creates clients; every user in pool customers is deleted',
      );
      expect(result.stdout).toContain('- aws_cognito_user_pool.customers');
      expect(result.stdout).toContain('+ aws_cognito_user_pool.clients');
      expect(repo.diff({ accept: ['pool-replaced'] }).exitCode).toBe(0);
    });
  });

  test('caseSensitive changed: pool-replaced at signIn.caseSensitive', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('caseSensitive: false', 'caseSensitive: true'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual([
      'pool-replaced@config/acme.yaml:10',
      'domain-changed@config/acme.yaml:14',
    ]);
    expect(result.stdout).toContain('username_configuration.case_sensitive false → true');
  });

  test('the Region changed: every pool of the stack is replaced, annotated at aws.region', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('region: us-east-1', 'region: eu-west-1'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual([
      'pool-replaced@config/acme.yaml:4',
      'pool-replaced@config/acme.yaml:4',
      'domain-changed@config/acme.yaml:14',
      'domain-changed@config/acme.yaml:57',
    ]);
    expect(result.stdout).toContain('region "us-east-1" → "eu-west-1"');
  });

  test('a pool removed: pool-destroyed', () => {
    repo.edit('config/acme.yaml', (s) => s.slice(0, s.indexOf('  staff:\n')));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['pool-destroyed@config/acme.yaml:5']);
    expect(result.stdout).toContain(
      'user pool staff (acme-staff) is removed from stack acme: Terraform destroys it, and every user in pool staff is deleted',
    );
  });

  test('a stack file deleted: the stack is removed, its pools destroyed', () => {
    repo.remove('config/globex.yaml');
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      'stack globex (config/globex.yaml at the base): removed; resources: 0 to create, 0 to update, 0 to replace, 4 to destroy',
    );
    expect(hazards(result.stdout)).toEqual(['pool-destroyed@config/globex.yaml:1']);
    expect(result.stdout).toContain(
      'stack globex is no longer in the configuration; every user in pool users is deleted',
    );
    expect(repo.diff({ accept: ['pool-destroyed'] }).exitCode).toBe(0);
  });

  test('a stack renamed in place, local state: one stack in a new, empty state (backend-changed), nothing destroyed', () => {
    repo.edit('config/globex.yaml', (s) => s.replace('stack: globex', 'stack: globex-eu'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['backend-changed@config/globex.yaml:2']);
    expect(result.stdout).toContain(
      'stack globex-eu (config/globex.yaml, renamed from globex): a new, empty state (the old one keeps its resources, unmanaged); resources: 4 to create, 0 to update, 0 to replace, 0 to destroy',
    );
    expect(result.stdout).toContain(
      '~ local.path: "../../../terraform.globex.tfstate" → "../../../terraform.globex-eu.tfstate"',
    );
    expect(result.stdout).not.toContain('pool-destroyed');
    expect(repo.diff({ accept: ['backend-changed'] }).exitCode).toBe(0);
  });

  test('a stack renamed while backend.s3.key is pinned: the same state, so the same stack; no pool is destroyed', () => {
    const pinned = (s: string) =>
      s.replace(
        'aws:\n  region: us-east-1\n',
        'aws:\n  region: us-east-1\nbackend:\n  s3: { bucket: acme-state, key: cognito/acme.tfstate, region: us-east-1 }\n',
      );
    repo.edit('config/acme.yaml', pinned).commit('acme state in S3, key pinned');
    repo.edit('config/acme.yaml', (s) => s.replace('stack: acme', 'stack: acme-prod'));
    const result = repo.diff();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual([]);
    expect(result.stdout).toContain(
      'stack acme-prod (config/acme.yaml, renamed from acme, same state): resources: 0 to create, 1 to update, 0 to replace, 0 to destroy',
    );
    // Only the default pool name follows the stack's name (customers has its own): renamed in place.
    expect(result.stdout).toContain('~ name: "acme-staff" → "acme-prod-staff"');
  });

  test('a stack file added: created, no hazards', () => {
    repo.remove('config/globex.yaml').commit('only acme');
    repo.write('config/globex.yaml', GLOBEX);
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      'stack globex (config/globex.yaml): added; resources: 4 to create',
    );
    expect(result.stdout).toContain('+ aws_cognito_user_pool.users');
  });

  test('an identity provider renamed (same issuer and client id): idp-renamed', () => {
    repo.edit('config/acme.yaml', (s) =>
      s
        .replace('      Okta:\n', '      OktaWorkforce:\n')
        .replace('[Scalekit, Okta, COGNITO]', '[Scalekit, OktaWorkforce, COGNITO]'),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['idp-renamed@config/acme.yaml:33']);
    expect(result.stdout).toContain(
      'identity provider Okta in pool customers is renamed to OktaWorkforce',
    );
    expect(result.stdout).toContain(
      'users who signed in through Okta (stored as Okta_<subject>) lose their link',
    );
    expect(repo.diff({ accept: ['idp-renamed'] }).exitCode).toBe(0);
  });

  test('an identity provider removed: idp-removed lists the email domains that stop routing', () => {
    repo.edit('config/acme.yaml', (s) =>
      s
        .replace(/ {6}Okta:\n(?: {8}.*\n)+/, '')
        .replace('[Scalekit, Okta, COGNITO]', '[Scalekit, COGNITO]'),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['idp-removed@config/acme.yaml:22']);
    expect(result.stdout).toContain(
      'identity provider Okta is removed from pool customers: users linked to it lose their link and can no longer sign in through it, and the email domains initech.com stop routing to it',
    );
  });

  test('identifiers removed from a provider: identifiers-removed (a warning), moved ones say where to', () => {
    repo.edit('config/acme.yaml', (s) =>
      s
        .replace('identifiers: [megasoft.org, example.org]', 'identifiers: [example.org]')
        .replace('identifiers: [initech.com]', 'identifiers: [initech.com, megasoft.org]'),
    );
    let result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual(['identifiers-removed@config/acme.yaml:29']);
    expect(result.stdout).toContain(
      'identifiers megasoft.org are removed from identity provider Scalekit in pool customers: users with those email domains no longer route to Scalekit (megasoft.org now routes to Okta)',
    );

    repo.edit('config/acme.yaml', (s) =>
      s.replace('identifiers: [initech.com, megasoft.org]', 'identifiers: [initech.com]'),
    );
    result = repo.diff();
    expect(result.stdout).toMatch(
      /identifiers-removed: identifiers megasoft\.org are removed .* no longer route to Scalekit;/,
    );
  });

  test('generateSecret changed: client-replaced (a warning): new client id', () => {
    repo.edit('config/acme.yaml', (s) =>
      s.replace(
        'identityProviders: [Scalekit, Okta, COGNITO]',
        'identityProviders: [Scalekit, Okta, COGNITO]\n        generateSecret: true',
      ),
    );
    const result = repo.diff();
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual(['client-replaced@config/acme.yaml:50']);
    expect(result.stdout).toContain(
      'app client web (web) in pool customers is replaced (generate_secret false → true): it gets a new client id',
    );
    // The output that carries the id is unknown until apply.
    expect(result.stdout).toMatch(
      /~ output\.customers\n\s+~ value\.clients\.web: "\$\{aws_cognito_user_pool_client\.customers__web\.id\}" \(known after apply: aws_cognito_user_pool_client\.customers__web is replaced\)/,
    );
  });

  test('a client removed: client-removed (a warning)', () => {
    repo.edit('config/acme.yaml', (s) => s.replace(/ {6}worker:\n(?: {8}.*\n)+/, ''));
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual(['client-removed@config/acme.yaml:42']);
    expect(result.stdout).toContain(
      'app client worker (worker) is removed from pool customers: apps using its client id stop working',
    );
  });

  test('the domain changed: domain-changed names the old and the new redirect URI', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('prefix: acme-login', 'prefix: acme-signin'));
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual(['domain-changed@config/acme.yaml:14']);
    expect(result.stdout).toContain(
      'must change from https://acme-login.auth.us-east-1.amazoncognito.com/oauth2/idpresponse to https://acme-signin.auth.us-east-1.amazoncognito.com/oauth2/idpresponse',
    );
    expect(result.stdout).toContain('-/+ aws_cognito_user_pool_domain.customers (replace)');
  });

  test('a custom attribute changed: custom-attribute-changed, blocking though the plan looks harmless', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('maxLength: 64', 'maxLength: 128'));
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['custom-attribute-changed@config/acme.yaml:12']);
    expect(result.stdout).toContain(
      'custom attribute custom:tenant_id of pool customers changes (maxLength 64 → 128)',
    );
    expect(result.stdout).toContain('"cannot modify or remove schema items"');
    // Terraform itself plans an in-place update: that is the trap.
    expect(result.stdout).toContain('~ aws_cognito_user_pool.customers\n');
  });

  test('a custom attribute removed: custom-attribute-removed', () => {
    repo.edit('config/acme.yaml', (s) =>
      s.replace('      plan: { type: string, mutable: true }\n', ''),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['custom-attribute-removed@config/acme.yaml:11']);
    expect(result.stdout).toContain('custom attribute custom:plan is removed from pool customers');
  });

  test('a custom attribute added: no hazard (AddCustomAttributes)', () => {
    repo.edit('config/acme.yaml', (s) =>
      s.replace(
        '      plan: { type: string, mutable: true }\n',
        '      plan: { type: string, mutable: true }\n      region: { type: string, mutable: true }\n',
      ),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual([]);
  });

  test('a resource server identifier changed: resource-server-replaced (a warning)', () => {
    repo.edit('config/acme.yaml', (s) =>
      s.split('https://api.acme.com/orders').join('https://orders.acme.com'),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(0);
    expect(hazards(result.stdout)).toEqual(['resource-server-replaced@config/acme.yaml:18']);
    expect(result.stdout).toContain(
      'resource server orders in pool customers is replaced (identifier https://api.acme.com/orders → https://orders.acme.com)',
    );
  });

  test('the backend changed: backend-changed, blocking: a new, empty state', () => {
    repo.edit('config/globex.yaml', (s) =>
      s.replace(
        'aws:\n  region: us-west-2\n',
        'aws:\n  region: us-west-2\nbackend:\n  s3: { bucket: globex-state, region: us-west-2 }\n',
      ),
    );
    const result = repo.diff();
    expect(result.exitCode).toBe(1);
    expect(hazards(result.stdout)).toEqual(['backend-changed@config/globex.yaml:5']);
    expect(result.stdout).toContain(
      'stack globex starts from a new, empty state: its state moves from the local file terraform.globex.tfstate to s3://globex-state/cognito/globex.tfstate',
    );
    expect(result.stdout).toContain(
      'stack globex (config/globex.yaml): a new, empty state (the old one keeps its resources, unmanaged); resources: 4 to create',
    );
    expect(repo.diff({ accept: ['backend-changed'] }).exitCode).toBe(0);
  });

  test('several blocking hazards need every code accepted; --accept takes lists and repeats', () => {
    repo.edit('config/acme.yaml', (s) => s.replace('caseSensitive: false', 'caseSensitive: true'));
    repo.edit('config/globex.yaml', (s) =>
      s
        .replace('      Beyond:\n', '      BeyondIdentity:\n')
        .replace('[Beyond]', '[BeyondIdentity]'),
    );
    expect(repo.diff().exitCode).toBe(1);
    expect(repo.diff({ accept: ['pool-replaced'] }).exitCode).toBe(1);
    expect(repo.diff({ accept: ['pool-replaced', 'idp-renamed'] }).exitCode).toBe(0);
    expect(repo.diff({ accept: ['idp-renamed,pool-replaced'] }).exitCode).toBe(0);
  });
});
