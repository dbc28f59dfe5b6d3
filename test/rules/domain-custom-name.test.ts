import { findings } from '../helpers/validate';
import { file } from './fixture';

const ARN = 'arn:aws:acm:us-east-1:111122223333:certificate/abc';

describe('domain-custom-name', () => {
  test('accepts fully qualified lower-case host names up to 63 characters', () => {
    for (const name of [
      'login.acme.com',
      'a.b',
      'auth-1.eu.example.co.uk',
      `${'a'.repeat(59)}.com`,
    ]) {
      expect(
        findings(file`
        userPools:
          main:
            domain: { custom: { name: ${name}, certificateArn: "${ARN}" } }
      `),
      ).toEqual([]);
    }
  });

  test.each([
    'login',
    'Login.Acme.com',
    'https://login.acme.com',
    'login.acme.com.',
    'login.acme.com/x',
    '-login.acme.com',
    'log_in.acme.com',
    `${'a'.repeat(60)}.com`,
  ])('rejects %s, at the name', (name) => {
    expect(
      findings(file`
        userPools:
          main:
            domain:
              custom:
                name: "${name}"
                certificateArn: "${ARN}"
      `),
    ).toEqual(['domain-custom-name@9:15']);
  });
});
