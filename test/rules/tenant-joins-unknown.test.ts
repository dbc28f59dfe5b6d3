import { validateContents } from '../../src/validate';
import { DEFINITION, files, tenant } from '../estate/fixtures';

const at = (d: { file: string; code: string; line: number; col: number }) =>
  `${d.file}:${d.code}@${d.line}:${d.col}`;

describe('tenant-joins-unknown', () => {
  test('an unknown stack, at joins.stack, with a suggestion', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        't.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org', 'acme-sso-prd'),
      }),
    );
    expect(result.diagnostics.map(at)).toEqual(['t.yaml:tenant-joins-unknown@2:17']);
    expect(result.diagnostics[0].hint).toContain('acme-sso-prod');
  });

  test('an unknown pool, at joins.pool', () => {
    const result = validateContents(
      files({
        'stack.yaml': DEFINITION,
        't.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org', 'acme-sso-prod', 'staff'),
      }),
    );
    expect(result.diagnostics.map(at)).toEqual(['t.yaml:tenant-joins-unknown@2:38']);
  });
});
