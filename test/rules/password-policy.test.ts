import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('password-policy', () => {
  test('accepts the bounds', () => {
    expect(
      findings(file`
      userPools:
        low:
          passwordPolicy: { minimumLength: 6, temporaryPasswordValidityDays: 0, historySize: 0 }
        high:
          passwordPolicy: { minimumLength: 99, temporaryPasswordValidityDays: 365, historySize: 24 }
    `),
    ).toEqual([]);
  });

  test('rejects values outside the ranges, at each value', () => {
    expect(
      findings(file`
      userPools:
        main:
          passwordPolicy:
            minimumLength: 5
            temporaryPasswordValidityDays: 366
            historySize: 25
        other:
          passwordPolicy: { minimumLength: 100, temporaryPasswordValidityDays: -1, historySize: -1 }
    `),
    ).toEqual([
      'password-policy@8:22',
      'password-policy@9:38',
      'password-policy@10:20',
      'password-policy@12:38',
      'password-policy@12:74',
      'password-policy@12:91',
    ]);
  });

  test('rejects a password history on the lite tier', () => {
    expect(
      findings(file`
      userPools:
        main:
          tier: lite
          passwordPolicy:
            historySize: 5
    `),
    ).toEqual(['password-policy@9:20']);
  });
});
