import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { review } from '../../src/cli/review';
import { resolveConfigFiles, UsageError } from '../../src/load/files';
import { modelsFromContents, modelsFromPaths } from '../../src/model/pipeline';
import { renderReview, reviewPaths } from '../../src/outputs/review';
import { ACME, GLOBEX } from '../diff/fixtures';
import { yaml } from '../helpers/validate';

function reviewOf(...files: Array<[string, string]>): string {
  const result = modelsFromContents(
    files.map(([path, text]) => ({ path, bytes: Buffer.from(text) })),
  );
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error('unreachable: no diagnostics');
  return renderReview(result.models);
}

/** Run the command in-process: its exit code and what it printed. */
function run(files: string[], options: { output?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { exitCode: review(files, options), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('cogfed review', () => {
  test('the example files in config/: every provider gets its redirect URI, and every client using it an authorize URL', () => {
    const paths = resolveConfigFiles([]);
    const { exitCode, stdout } = run([]);
    expect(exitCode).toBe(0);
    const result = modelsFromPaths(paths);
    if (!result.ok) throw new Error('the examples do not validate');
    const models = result.models;
    let providers = 0;
    for (const model of models) {
      for (const pool of model.pools) {
        // OIDC's sheet; SAML's and the social providers' are tested in test/review/saml-social.test.ts.
        for (const provider of pool.providers.filter((p) => p.type === 'oidc')) {
          providers++;
          expect(pool.domain).toBeDefined();
          const host = pool.domain!.host;
          expect(stdout).toContain(
            `- Redirect URI (allowed callback URL): \`https://${host}/oauth2/idpresponse\``,
          );
          for (const client of pool.clients.filter(
            (c) => c.identityProviders.includes(provider.name) && c.oauthFlows.includes('code'),
          )) {
            expect(stdout).toContain(
              `https://${host}/oauth2/authorize?client_id={client_id}&response_type=code&scope=`,
            );
            expect(stdout).toContain(
              `&identity_provider=${encodeURIComponent(provider.name)}&login_hint={email}\``,
            );
            expect(stdout).toContain(
              `\`${pool.id}.clients.${client.id}\` (client \`${client.id}\`)`,
            );
          }
        }
      }
    }
    expect(providers).toBeGreaterThanOrEqual(3);
  });

  test('golden: the whole Markdown for a two-stack fixture', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME], ['config/globex.yaml', GLOBEX]);
    const golden = join(__dirname, 'golden', 'acme-globex.md');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });

  test('the Scalekit flow: authorize URL with identity_provider and login_hint, sign-out URL, web origins', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME]);
    const host = 'https://acme-login.auth.us-east-1.amazoncognito.com';
    expect(markdown).toContain(
      `\`${host}/oauth2/authorize?client_id={client_id}&response_type=code&scope=email%20https%3A%2F%2Fapi.acme.com%2Forders%2Fread%20openid&redirect_uri=https%3A%2F%2Fapp.acme.com%2Fcallback&identity_provider=Scalekit&login_hint={email}\``,
    );
    expect(markdown).toContain(
      `\`${host}/logout?client_id={client_id}&logout_uri=https%3A%2F%2Fapp.acme.com%2F\``,
    );
    expect(markdown).toContain(
      "- In these URLs, `{client_id}` is the client's id, known after apply: stack output `customers.clients.web` (client `web`).",
    );
    expect(markdown).toContain('in place of `{email}`):');
    expect(markdown).toContain('- Allowed web origins: `https://app.acme.com`');
    // client_credentials clients have no hosted sign-in: no authorize URL.
    expect(markdown).not.toContain('customers.clients.worker` (client');
  });

  test('a client_credentials client: its access token lifetime only, and no sign-in flow', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME]);
    const worker = markdown.slice(
      markdown.indexOf('#### App client `worker`'),
      markdown.indexOf('#### What to register'),
    );
    expect(worker).toContain(
      '| Token lifetimes | access 1h (client credentials: no ID or refresh token) |',
    );
    expect(worker).toContain('| Auth flows | `ALLOW_REFRESH_TOKEN_AUTH` |');
    const web = markdown.slice(
      markdown.indexOf('#### App client `web`'),
      markdown.indexOf('#### App client `worker`'),
    );
    expect(web).toContain('| Token lifetimes | access 1h, id 1h, refresh 30d |');
  });

  test('secrets: where each comes from, never a value', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME], ['config/globex.yaml', GLOBEX]);
    expect(markdown).toContain('| Client secret | SSM parameter `/acme/scalekit/client-secret` |');
    expect(markdown).toContain(
      '| Client secret | Terraform variable `okta_secret` (`TF_VAR_okta_secret`) |',
    );
    expect(markdown).toContain(
      '| Client secret | Secrets Manager secret `globex/bi` (key `client_secret`) |',
    );
  });

  test('a pool without a domain: the hosted endpoints need one', () => {
    const markdown = reviewOf([
      'config/x.yaml',
      yaml`
        version: 1
        stack: nodomain
        aws:
          region: us-east-1
        userPools:
          users:
            identityProviders:
              Okta:
                type: oidc
                issuer: https://okta.example.com
                clientId: c1
                clientSecret: { ssm: /okta }
                scopes: [openid]
      `,
    ]);
    expect(markdown).toContain(
      '- Domain: **none**: the hosted endpoints (`/oauth2/authorize`, `/oauth2/idpresponse`, `/logout`) need a domain',
    );
    expect(markdown).toContain(
      'This pool has no domain, so there is no redirect URI to register yet: the hosted endpoints need one.',
    );
    expect(markdown).toContain('- App clients: none\n');
    expect(markdown).toContain('#### What to register at the identity providers\n');
  });

  test('URLs can be copied as they are: no spaces or angle brackets inside a URL, placeholders explained beside it', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME], ['config/globex.yaml', GLOBEX]);
    const urls = [...markdown.matchAll(/`(https:\/\/[^`]*)`/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => /[\s<>]/.test(url))).toEqual([]);
    expect(markdown).toContain(
      "- Issuer: `https://cognito-idp.us-east-1.amazonaws.com/{user_pool_id}`, where `{user_pool_id}` is the pool's id: known after apply, stack output `customers.user_pool_id`\n",
    );
    expect(markdown).toContain(
      '| Client id | known after apply, stack output `customers.clients.web` |',
    );
  });

  test('headings are ### or #### (GitHub renders ##### smaller than body text), and a name equal to the id is shown once', () => {
    const markdown = reviewOf(['config/acme.yaml', ACME], ['config/globex.yaml', GLOBEX]);
    expect(markdown.split('\n').filter((line) => /^#{5,} /.test(line))).toEqual([]);
    expect(markdown).toContain('\n#### App client `web`\n');
    expect(markdown).toContain('\n#### Identity provider `Okta`\n');
    expect(markdown).toContain('\n#### What to register at `Okta`\n');
    expect(markdown).toContain('\n### User pool `customers` (`acme-customers`)\n');
    expect(markdown).not.toMatch(/`(\w+)` \(`\1`\)/);
  });

  test('a client named differently from its id shows both; two clients: each stack output named', () => {
    const markdown = reviewOf([
      'config/x.yaml',
      yaml`
        version: 1
        stack: named
        aws:
          region: us-east-1
        userPools:
          users:
            domain: { prefix: named-login }
            identityProviders:
              Okta:
                type: oidc
                issuer: https://okta.example.com
                clientId: c1
                clientSecret: { ssm: /okta }
                scopes: [openid]
            clients:
              web:
                name: Web app
                callbackUrls: [https://app.example.com/cb]
                oauth: { flows: [code], scopes: [openid] }
                identityProviders: [Okta]
              batch:
                callbackUrls: [https://batch.example.com/cb]
                oauth: { flows: [code], scopes: [openid] }
                identityProviders: [Okta]
      `,
    ]);
    expect(markdown).toContain('\n#### App client `web` (`Web app`)\n');
    expect(markdown).toContain('\n#### App client `batch`\n');
    expect(markdown).toContain(
      "- In these URLs, `{client_id}` is the client's id, known after apply: stack outputs `users.clients.batch` (client `batch`), `users.clients.web` (client `web`).",
    );
  });

  test('deterministic: a file with its keys reordered gives the same bytes', () => {
    // The `staff` pool moved before `customers`, and `version` after `stack`.
    const staff = ACME.slice(ACME.indexOf('  staff:\n'));
    const reordered = ACME.slice(0, ACME.indexOf('  staff:\n'))
      .replace('userPools:\n', `userPools:\n${staff}`)
      .replace('version: 1\nstack: acme\n', 'stack: acme\nversion: 1\n');
    expect(reordered).not.toBe(ACME);
    expect(reviewOf(['config/acme.yaml', reordered])).toBe(reviewOf(['config/acme.yaml', ACME]));
  });

  describe('the command', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'cogfed-review-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    test('an invalid file: diagnostics, no Markdown, exit 1', () => {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, ACME.replace('stack: acme', 'stack: Acme'));
      const result = run([file]);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/bad\.yaml:2:8: error /);
      expect(reviewPaths([file]).ok).toBe(false);
    });

    test('--output writes the Markdown to a file (folders created)', () => {
      const file = join(dir, 'acme.yaml');
      writeFileSync(file, ACME);
      const output = join(dir, 'out', 'review.md');
      const result = run([file], { output });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toBe('');
      expect(existsSync(output)).toBe(true);
      expect(readFileSync(output, 'utf8')).toMatch(/^# cogfed review\n/);
    });

    test('a missing file is a usage error (exit 2 in main)', () => {
      expect(() => run([join(dir, 'nope.yaml')])).toThrow(UsageError);
    });
  });
});
