import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

describe('domain-prefix', () => {
  test('accepts lower-case letters, digits and inner hyphens, 1-63 characters', () => {
    for (const prefix of ['a', 'acme-login', '0-9', `a${'b'.repeat(61)}c`]) {
      expect(
        findings(file`
        userPools:
          main:
            domain: { prefix: ${prefix} }
      `),
      ).toEqual([]);
    }
  });

  test.each(['Acme', '-acme', 'acme-', 'acme_login', 'acme.login', `a${'b'.repeat(63)}`, '""'])(
    'rejects %s, at the prefix',
    (prefix) => {
      expect(
        findings(file`
      userPools:
        main:
          domain: { prefix: ${prefix} }
    `),
      ).toEqual(['domain-prefix@7:23']);
    },
  );

  test.each(['my-aws-login', 'amazonian', 'acme-cognito'])(
    'rejects %s, which contains a reserved word, with its own message',
    (prefix) => {
      const text = file`
      userPools:
        main:
          domain: { prefix: ${prefix} }
    `;
      expect(findings(text)).toEqual(['domain-prefix@7:23']);
      expect(diagnosticsOf(text)[0].message).toContain('must not contain the text');
    },
  );

  test('reports both problems of AWS-login', () => {
    expect(
      findings(file`
      userPools:
        main:
          domain: { prefix: AWS-login }
    `),
    ).toEqual(['domain-prefix@7:23', 'domain-prefix@7:23']);
  });
});
