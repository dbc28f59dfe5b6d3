import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

const domain = (arn: string) => `{ custom: { name: login.acme.com, certificateArn: "${arn}" } }`;

describe('domain-certificate', () => {
  test('accepts an ACM certificate in us-east-1, in any partition, whatever the pool region', () => {
    for (const arn of [
      'arn:aws:acm:us-east-1:111122223333:certificate/8f0e3c51-6a37-4c2b-9a8e-0b1c2d3e4f5a',
      'arn:aws-us-gov:acm:us-east-1:111122223333:certificate/abc',
    ]) {
      expect(
        findings(file`
        userPools:
          main:
            domain: ${domain(arn)}
      `),
      ).toEqual([]);
    }
  });

  test('rejects a certificate in another region, saying which', () => {
    const text = file`
      userPools:
        main:
          domain:
            custom:
              name: login.acme.com
              certificateArn: arn:aws:acm:eu-west-1:111122223333:certificate/abc
    `;
    expect(findings(text)).toEqual(['domain-certificate@10:25']);
    expect(diagnosticsOf(text)[0].message).toContain('eu-west-1');
  });

  test.each([
    'arn:aws:iam::111122223333:server-certificate/x',
    'arn:aws:acm:us-east-1:1111:certificate/abc',
    'arn:aws:acm::111122223333:certificate/abc',
    'arn:aws:acm:us-east-1:111122223333:certificate/',
    '8f0e3c51-6a37-4c2b-9a8e-0b1c2d3e4f5a',
  ])('rejects %s, which is not an ACM certificate ARN', (arn) => {
    expect(
      findings(file`
      userPools:
        main:
          domain:
            custom:
              name: login.acme.com
              certificateArn: "${arn}"
    `),
    ).toEqual(['domain-certificate@10:25']);
  });
});
