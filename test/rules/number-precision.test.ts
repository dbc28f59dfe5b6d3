import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('number-precision', () => {
  test('accepts whole numbers JSON holds exactly, up to 2^53 - 1 either way', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            big: { type: number, min: -9007199254740991, max: 9007199254740991 }
    `),
    ).toEqual([]);
  });

  test.each([
    ['max: 9007199254740993', 8, 31],
    ['max: 12345678901234567890', 8, 31],
    ['min: -9007199254740993', 8, 31],
    ['max: 1e20', 8, 31],
  ])('rejects %s, which would be rounded', (bound, line, col) => {
    const text = file`
      userPools:
        main:
          customAttributes:
            n: { type: number, ${bound} }
    `;
    expect(findings(text)).toEqual([`number-precision@${line}:${col}`]);
    expect(diagnosticsOf(text)[0].message).toContain('9007199254740991');
  });

  test('checks password policy numbers and declared quotas too', () => {
    expect(
      findings(file`
      userPools:
        main:
          passwordPolicy: { temporaryPasswordValidityDays: 9007199254740992 }
          quotas: { clients: 90071992547409930 }
    `),
    ).toEqual(['number-precision@7:54', 'password-policy@7:54', 'number-precision@8:24']);
  });

  test("a non-integer is the schema's finding, not this rule's", () => {
    expect(
      findings(file`
      userPools:
        main:
          passwordPolicy: { minimumLength: 12.5 }
    `),
    ).toEqual(['schema-type@7:38']);
  });
});
