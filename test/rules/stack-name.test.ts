import { findings, yaml } from '../helpers/validate';

describe('stack-name', () => {
  test('accepts lower-case letters, digits and hyphens, up to 63 characters', () => {
    expect(
      findings(yaml`
      version: 1
      stack: acme-prod-2
      aws: { region: us-east-1 }
    `),
    ).toEqual([]);
    expect(findings(`version: 1\nstack: a${'b'.repeat(62)}\naws: { region: us-east-1 }\n`)).toEqual(
      [],
    );
  });

  test('rejects upper case, a leading digit and 64 characters', () => {
    for (const stack of ['Acme', '1acme', 'acme_prod', `a${'b'.repeat(63)}`]) {
      expect(findings(`version: 1\nstack: ${stack}\naws: { region: us-east-1 }\n`)).toEqual([
        'stack-name@2:8',
      ]);
    }
  });
});
