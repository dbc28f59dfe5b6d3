import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('domain-kind', () => {
  test('accepts a prefix or a custom domain', () => {
    expect(
      findings(file`
      userPools:
        main:
          domain:
            prefix: acme-login
        other:
          domain:
            custom: { name: login.acme.com, certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/abc-123" }
    `),
    ).toEqual([]);
  });

  test('rejects neither and both, at the domain mapping', () => {
    expect(
      findings(file`
      userPools:
        main:
          domain:
            managedLoginVersion: 1
        other:
          domain:
            prefix: acme-login
            custom: { name: login.acme.com, certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/abc-123" }
    `),
    ).toEqual(['domain-kind@8:7', 'domain-kind@11:7']);
  });
});
