import { diagnosticsOf, findings, HEADER } from '../helpers/validate';
import { IDP } from './fixture';

/**
 * A pool `main` (line 6) whose `member` mapping is on line 7, column 5
 * (after optional lines of pool settings), with `n` entries on consecutive
 * lines from the next line, column 7.
 */
function pool(
  member: 'identityProviders' | 'resourceServers',
  n: number,
  settings: string[] = [],
): string {
  const entry = (i: number) =>
    member === 'identityProviders' ? `Idp${i}: ${IDP}` : `rs${i}: { identifier: api-${i} }`;
  return `${HEADER}userPools:\n  main:\n${settings.map((s) => `    ${s}\n`).join('')}    ${member}:\n${Array.from({ length: n }, (_, i) => `      ${entry(i)}\n`).join('')}`;
}

describe('pool-quota', () => {
  test('under 80 % of each default quota: nothing to say', () => {
    expect(findings(pool('resourceServers', 19))).toEqual([]);
  });

  test('a warning from 80 % (20 of 25 resource servers), at the mapping', () => {
    const text = pool('resourceServers', 20);
    expect(findings(text)).toEqual(['pool-quota@7:5']);
    const [d] = diagnosticsOf(text);
    expect(d.severity).toBe('warning');
    expect(d.message).toContain("20 resource servers, 80 % of Cognito's default quota of 25");
  });

  test('over the default quota: an error at the first one past it', () => {
    const text = pool('resourceServers', 26);
    // Entry 26 (index 25) is on line 8 + 25.
    expect(findings(text)).toEqual(['pool-quota@33:7']);
    expect(diagnosticsOf(text)[0].severity).toBe('error');
  });

  test('300 identity providers are within the default (a warning); 301 are not', () => {
    expect(
      diagnosticsOf(pool('identityProviders', 300)).map(
        (d) => `${d.code}@${d.line}:${d.col}:${d.severity}`,
      ),
    ).toEqual(['pool-quota@7:5:warning']);
    expect(findings(pool('identityProviders', 301))).toEqual(['pool-quota@308:7']);
  });

  test('a declared raised quota replaces the default', () => {
    // The `quotas` line comes first, so the mapping is on line 8 and its entries from line 9.
    expect(findings(pool('resourceServers', 30, ['quotas: { resourceServers: 100 }']))).toEqual([]);
    const text = pool('resourceServers', 30, ['quotas: { resourceServers: 28 }']);
    expect(findings(text)).toEqual(['pool-quota@37:7']);
    expect(diagnosticsOf(text)[0].message).toContain('the declared quota of 28');
  });

  test('a declared quota below the default is refused, at the declaration', () => {
    expect(findings(`${HEADER}userPools:\n  main:\n    quotas: { clients: 10 }\n`)).toEqual([
      'pool-quota@7:24',
    ]);
  });
});
