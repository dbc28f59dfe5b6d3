import { validateContents } from '../../src/validate';
import { DEFINITION, files, tenant } from '../estate/fixtures';

describe('tenant-duplicate', () => {
  test('two files with one tenant name in one pool: the second names the first file and line', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        'a.yaml': tenant('megasoft', 'MegasoftA', 'a.org'),
        'b.yaml': tenant('megasoft', 'MegasoftB', 'b.org'),
      }),
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual([
      'b.yaml:tenant-duplicate@1:9',
    ]);
    expect(result.diagnostics[0].message).toContain('a.yaml:1:9');
  });

  test('one tenant name in two stacks is two tenants', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        'a.yaml': tenant('megasoft', 'MegasoftA', 'a.org'),
        'b.yaml': tenant('megasoft', 'MegasoftB', 'b.org', 'acme-sso-dev'),
      }),
    );
    expect(result.diagnostics).toEqual([]);
  });
});
