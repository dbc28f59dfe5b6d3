import { validateContents } from '../../src/validate';
import { DEFINITION, files, tenant } from '../estate/fixtures';

const at = (d: { file: string; code: string; line: number; col: number }) =>
  `${d.file}:${d.code}@${d.line}:${d.col}`;

describe('idp-name-duplicate', () => {
  test("a tenant provider named like one of the definition: at the tenant's key, naming the definition's line", () => {
    const result = validateContents(
      files({ 'stack.yaml': DEFINITION, 't.yaml': tenant('megasoft', 'Router', 'megasoft.org') }),
    );
    expect(result.diagnostics.map(at)).toEqual(['t.yaml:idp-name-duplicate@4:3']);
    expect(result.diagnostics[0].message).toContain('stack.yaml:26:7');
  });

  test('two tenant files with one provider name: the second names the first file and line', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        'a.yaml': tenant('alpha', 'Shared', 'a.org'),
        'b.yaml': tenant('beta', 'Shared', 'b.org'),
      }),
    );
    expect(result.diagnostics.map(at)).toEqual(['b.yaml:idp-name-duplicate@4:3']);
    expect(result.diagnostics[0].message).toContain('a.yaml:4:3');
  });
});
