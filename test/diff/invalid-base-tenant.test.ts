import { DEFINITION, tenant } from '../estate/fixtures';
import { TempRepo } from './repo';

/**
 * A tenant file that does not validate at the base: the base files are
 * validated together (a tenant joins its definition), so the stack it joins
 * is not compared and the tenant's errors are notes; the definition's other
 * environment, which that tenant does not join, is still compared.
 */
describe('cogfed diff: a tenant file that does not validate at the base', () => {
  let repo: TempRepo;
  beforeEach(() => {
    const good = tenant('megasoft', 'MegasoftEntra', 'megasoft.com');
    repo = new TempRepo({
      'config/acme-sso/stack.yaml': DEFINITION,
      'config/acme-sso/tenants/megasoft.yaml': good.replace('tenant: megasoft', 'tenant: Megasoft'),
    });
    repo.write('config/acme-sso/tenants/megasoft.yaml', good);
  });
  afterEach(() => repo.cleanup());

  test('exit 0: the stack it joins not compared, the other environment compared, the tenant findings as notes', () => {
    const result = repo.diff({ format: 'json' });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(true);
    expect(
      report.stacks.map((s: { stack: string; status: string }) => [s.stack, s.status]),
    ).toEqual([
      ['acme-sso-dev', 'unchanged'],
      ['acme-sso-prod', 'uncompared'],
    ]);
    expect(report.baseProblems.files).toEqual([
      'config/acme-sso/stack.yaml',
      'config/acme-sso/tenants/megasoft.yaml',
    ]);
    expect(
      report.baseProblems.findings.map(
        (f: { file: string; line: number; code: string }) => `${f.file}:${f.line} ${f.code}`,
      ),
    ).toEqual(['config/acme-sso/tenants/megasoft.yaml:1 schema-invalid']);
  });
});
