import { findings } from '../helpers/validate';
import { file } from './fixture';

const facebook = (version: string) => file`
  userPools:
    main:
      identityProviders:
        Facebook:
          type: facebook
          clientId: "123"
          clientSecret: { ssm: /fb }
          scopes: [public_profile, email]
          apiVersion: ${version}
`;

describe('facebook-api-version', () => {
  test('PASS: v<major>.<minor>', () => {
    expect(findings(facebook('v17.0'))).toEqual([]);
    expect(findings(facebook('v2.12'))).toEqual([]);
  });

  test.each(['"17.0"', 'v17', 'V17.0', 'latest'])('FAIL: %s, at the value', (version) => {
    expect(findings(facebook(version))).toEqual(['facebook-api-version@13:21']);
  });
});
