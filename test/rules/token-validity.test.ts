import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('token-validity', () => {
  test('accepts the bounds in every unit', () => {
    for (const [access, id, refresh] of [
      ['5m', '5m', '60m'],
      ['1d', '24h', '3650d'],
      ['1440m', '1h', '1h'],
    ]) {
      expect(
        findings(file`
        userPools:
          main:
            clients:
              web: { tokenValidity: { access: ${access}, id: ${id}, refresh: ${refresh} } }
      `),
      ).toEqual([]);
    }
  });

  test.each(['1w', '60', '1.5h', '0m', '01h', '1 h', '1H', '12345678m'])(
    'rejects %s, saying the format',
    (value) => {
      const text = file`
      userPools:
        main:
          clients:
            web:
              tokenValidity:
                access: "${value}"
    `;
      expect(findings(text)).toEqual(['token-validity@10:19']);
      expect(diagnosticsOf(text)[0].message).toContain('a whole number followed by `m`');
    },
  );

  test('rejects lifetimes outside the ranges, at the value', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web:
              tokenValidity:
                access: 4m
                id: 25h
                refresh: 59m
            mobile:
              tokenValidity: { refresh: 3651d }
    `),
    ).toEqual([
      'token-validity@10:19',
      'token-validity@11:15',
      'token-validity@12:20',
      'token-validity@14:35',
    ]);
  });
});
