import { findings } from '../helpers/validate';
import { file } from './fixture';

describe('client-auth-flow-tier', () => {
  test('accepts user-auth on essentials or the default tier, and other flows on lite', () => {
    expect(
      findings(file`
      userPools:
        main:
          clients:
            web: { authFlows: [user-auth, refresh-token] }
        lite:
          tier: lite
          clients:
            web: { authFlows: [user-srp, refresh-token] }
    `),
    ).toEqual([]);
  });

  test('rejects user-auth on lite, at the item', () => {
    expect(
      findings(file`
      userPools:
        main:
          tier: lite
          clients:
            web:
              authFlows: [refresh-token, user-auth]
    `),
    ).toEqual(['client-auth-flow-tier@10:36']);
  });
});
