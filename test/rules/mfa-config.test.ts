import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('mfa-config', () => {
  test('accepts off without methods, and methods with their prerequisites', () => {
    expect(
      findings(file`
      userPools:
        off:
          mfa: { mode: off }
        main:
          email: { sesSourceArn: "arn:aws:ses:us-east-1:111122223333:identity/acme.com" }
          mfa:
            mode: required
            methods: [totp, sms, email]
            sms: { snsCallerArn: "arn:aws:iam::111122223333:role/cognito-sms", externalId: acme }
    `),
    ).toEqual([]);
  });

  test('rejects optional or required without methods', () => {
    expect(
      findings(file`
      userPools:
        main:
          mfa:
            mode: optional
        other:
          mfa:
            mode: required
            methods: []
    `),
    ).toEqual(['mfa-config@8:13', 'mfa-config@12:16']);
  });

  test('rejects methods with mode off, explicit or by default, at the methods', () => {
    expect(
      findings(file`
      userPools:
        main:
          mfa:
            methods: [totp]
        other:
          mfa:
            mode: off
            methods: [totp]
    `),
    ).toEqual(['mfa-config@8:16', 'mfa-config@12:16']);
  });

  test('rejects sms without mfa.sms, email without SES or on lite, at the method', () => {
    expect(
      findings(file`
      userPools:
        main:
          tier: lite
          mfa:
            mode: optional
            methods: [sms, email]
    `),
    ).toEqual(['mfa-config@10:17', 'mfa-config@10:22', 'mfa-config@10:22']);
  });
});
