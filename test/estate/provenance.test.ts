import { validateContents } from '../../src/validate';
import { TempRepo } from '../diff/repo';
import { DEFINITION, files, tenant } from './fixtures';

const at = (d: { file: string; code: string; line: number; col: number }) =>
  `${d.file}:${d.code}@${d.line}:${d.col}`;

describe('quotas count the pool once the tenants are merged', () => {
  test('a raised quota declared once, three providers from three files: over it', () => {
    const definition = DEFINITION.replace(
      'userPools:\n  customers:\n',
      'userPools:\n  customers:\n    quotas: { identityProviders: 2 }\n',
    );
    const result = validateContents(
      files({
        'stack.yaml': definition,
        'a.yaml': tenant('alpha', 'Alpha', 'a.org'),
        'b.yaml': tenant('beta', 'Beta', 'b.org'),
      }),
    );
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.code}`),
    ).toEqual(['stack.yaml:pool-quota']);
  });
});

describe('hazards point at the file that wrote the value', () => {
  test("an identifier removed in a tenant file: identifiers-removed at the tenant file's line", () => {
    const repo = new TempRepo({
      'config/acme/stack.yaml': DEFINITION,
      'config/acme/tenants/megasoft.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org').replace(
        '[megasoft.org]',
        '[megasoft.org, megasoft.com]',
      ),
    });
    repo.edit('config/acme/tenants/megasoft.yaml', (t) =>
      t.replace('[megasoft.org, megasoft.com]', '[megasoft.org]'),
    );
    const { stdout, stderr } = repo.diff({ format: 'json' });
    const report = JSON.parse(stdout) as {
      hazards: Array<{ code: string; file: string; line: number; col: number }>;
    };
    expect(report.hazards.map(at)).toEqual([
      'config/acme/tenants/megasoft.yaml:identifiers-removed@10:5',
    ]);
    void stderr;
  });

  test('removing a tenant file is the provider removal it is: idp-removed, blocking', () => {
    const repo = new TempRepo({
      'config/acme/stack.yaml': DEFINITION,
      'config/acme/tenants/megasoft.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org'),
    });
    repo.remove('config/acme/tenants/megasoft.yaml');
    const { stdout, exitCode } = repo.diff({ format: 'json' });
    const report = JSON.parse(stdout) as { hazards: Array<{ code: string; stack: string }> };
    expect(report.hazards.map((h) => `${h.stack}:${h.code}`)).toEqual([
      'acme-sso-prod:idp-removed',
    ]);
    expect(exitCode).toBe(1);
  });

  test('a provider in an environment overlay: a replacing change is located in the overlay', () => {
    const repo = new TempRepo({ 'config/acme/stack.yaml': DEFINITION });
    repo.edit('config/acme/stack.yaml', (t) =>
      t.replace(
        'Router: { issuer: "https://acme.scalekit.com"',
        'Router: { issuer: "https://acme2.scalekit.com"',
      ),
    );
    const { stdout } = repo.diff({ format: 'json' });
    const report = JSON.parse(stdout) as { stacks: Array<{ stack: string; status: string }> };
    expect(report.stacks.map((s) => `${s.stack}:${s.status}`)).toEqual([
      'acme-sso-dev:unchanged',
      'acme-sso-prod:changed',
    ]);
  });
});
