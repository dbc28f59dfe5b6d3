import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('managed-login-tier', () => {
  test('accepts managed login on essentials, plus or the default tier, and the classic UI on lite', () => {
    expect(
      findings(file`
      userPools:
        a: { tier: essentials, domain: { prefix: a-login, managedLoginVersion: 2 } }
        b: { tier: plus, domain: { prefix: b-login, managedLoginVersion: 2 } }
        c: { domain: { prefix: c-login, managedLoginVersion: 2 } }
        d: { tier: lite, domain: { prefix: d-login, managedLoginVersion: 1 } }
    `),
    ).toEqual([]);
  });

  test('rejects managed login on lite, at managedLoginVersion', () => {
    expect(
      findings(file`
      userPools:
        main:
          tier: lite
          domain:
            prefix: acme-login
            managedLoginVersion: 2
    `),
    ).toEqual(['managed-login-tier@10:28']);
  });
});
