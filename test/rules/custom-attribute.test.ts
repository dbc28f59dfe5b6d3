import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('custom-attribute', () => {
  test('accepts valid names and constraints of the right type', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id: { type: string, minLength: 0, maxLength: 2048 }
            seats: { type: number, min: 1, max: 1 }
            "é-ü.x:y/1": { type: boolean }
            ${'a'.repeat(20)}: { type: datetime }
            code: { type: string, minLength: 4, maxLength: 4 }
    `),
    ).toEqual([]);
  });

  test('rejects names that are empty, over 20 characters or hold whitespace, at the key', () => {
    const text = file`
      userPools:
        main:
          customAttributes:
            ${'a'.repeat(21)}: { type: string }
            "tenant id": { type: string }
    `;
    expect(findings(text)).toEqual(['custom-attribute@8:7', 'custom-attribute@9:7']);
    expect(diagnosticsOf(text)[1].message).toContain('U+0020 (space)');
  });

  test('rejects a 51st attribute, at its key', () => {
    const many = Array.from({ length: 51 }, (_, i) => `a${i}: { type: string }`).join(', ');
    expect(
      findings(file`
      userPools:
        main:
          customAttributes: { ${many} }
    `),
    ).toEqual([
      `custom-attribute@7:${'    customAttributes: { '.length + many.indexOf('a50') + 1}`,
    ]);
  });

  test('rejects constraints of the other type, at the misplaced key', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            tenant_id:
              type: string
              max: 10
            seats:
              type: number
              maxLength: 10
            active:
              type: boolean
              minLength: 1
    `),
    ).toEqual(['custom-attribute@10:9', 'custom-attribute@13:9', 'custom-attribute@16:9']);
  });

  test('rejects string bounds outside 0 <= minLength <= maxLength <= 2048', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            a:
              type: string
              minLength: -1
            b:
              type: string
              maxLength: 2049
            c:
              type: string
              minLength: 10
              maxLength: 5
            d:
              type: string
              minLength: 3000
    `),
    ).toEqual([
      'custom-attribute@10:20',
      'custom-attribute@13:20',
      'custom-attribute@17:20',
      'custom-attribute@20:20',
    ]);
  });

  test('rejects min above max, at max', () => {
    expect(
      findings(file`
      userPools:
        main:
          customAttributes:
            seats: { type: number, min: 10, max: 1 }
    `),
    ).toEqual(['custom-attribute@8:44']);
  });
});
