import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsFromContents } from '../../src/model/pipeline';
import { renderReview } from '../../src/outputs/review';

const FIXTURE = readFileSync(join(__dirname, '../compile/fixtures/existing-pool.yaml'), 'utf8');

function reviewOf(text: string): string {
  const result = modelsFromContents([{ path: 'config/partner.yaml', bytes: Buffer.from(text) }]);
  expect(result.diagnostics).toEqual([]);
  if (!result.ok) throw new Error('unreachable: no diagnostics');
  return renderReview(result.models);
}

describe('review of a pool the stack does not manage (existingPool)', () => {
  const review = reviewOf(FIXTURE);
  /** From the heading to the next pool's heading, or to the end. */
  const section = (heading: string) => {
    const start = review.indexOf(heading);
    const end = review.indexOf('\n### ', start + 1);
    return review.slice(start, end === -1 ? undefined : end);
  };

  test('the pool section says it is an existing pool, not managed by this stack, and shows none of its own settings', () => {
    const shared = section('### User pool `shared`');
    expect(shared).toContain(
      '### User pool `shared`: existing pool `eu-west-1_Shared42`, not managed by this stack\n',
    );
    expect(shared).toContain(
      '- Existing pool `eu-west-1_Shared42`, not managed by this stack: read with the `aws_cognito_user_pool` data source, so this stack never creates, changes, replaces or deletes it',
    );
    expect(shared).toContain(
      '- Issuer: `https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Shared42`\n',
    );
    expect(shared).toContain(
      "- Domain: `https://login.example.com` (the owner's, `existingDomain`)\n",
    );
    for (const own of ['- Sign-in:', '- MFA:', '- Deletion protection:', '- Custom attributes:'])
      expect(shared).not.toContain(own);
  });

  test("registration values use the owner's domain and the known pool id", () => {
    const shared = section('### User pool `shared`');
    expect(shared).toContain('https://login.example.com/oauth2/idpresponse');
    expect(shared).toContain('https://login.example.com/saml2/idpresponse');
    expect(shared).toContain('urn:amazon:cognito:sp:eu-west-1_Shared42');
    expect(shared).not.toContain('{user_pool_id}');
  });

  test('without existingDomain the registration sheet says what is missing', () => {
    const text = reviewOf(FIXTURE.replace('    existingDomain: login.example.com\n', ''));
    expect(text).toContain(
      "The redirect URIs are on the existing pool's domain, which this file does not name: add `existingDomain: <host>`",
    );
    expect(text).toContain("- Domain: the owner's, not named here (`existingDomain`)");
  });
});
