import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-name', () => {
  test('accepts names of letters, digits, spaces and _+=,.@- up to 128, and the default', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web: { name: "Acme Web_2 +=,.@-" }
            long: { name: ${'n'.repeat(128)} }
            plain: {}
    `),
    ).toEqual([]);
  });

  test('rejects other characters, empty and over 128 characters, at the name', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            a: { name: "web (prod)" }
            b: { name: "" }
            c: { name: ${'n'.repeat(129)} }
    `),
    ).toEqual(['client-name@8:18', 'client-name@9:18', 'client-name@10:18']);
  });
});
