import { join } from 'node:path';
import { modelsFromPaths } from '../../src/model/pipeline';
import { renderReview } from '../../src/outputs/review';

/** `cogfed review` on the SAML and social examples: each provider's registration sheet. */
function reviewOfExample(name: string): string {
  const result = modelsFromPaths([join(__dirname, '../../config', name)]);
  if (!result.ok) throw new Error(`${name} does not validate`);
  return renderReview(result.models);
}

/** The lines of one provider's sheet: from its heading to the next heading. */
function sheet(markdown: string, provider: string): string[] {
  const start = markdown
    .split('\n')
    .findIndex((l) => l.startsWith(`#### What to register at \`${provider}\``));
  if (start < 0) throw new Error(`no sheet for ${provider}`);
  const rest = markdown.split('\n').slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('#'));
  return rest.slice(0, end < 0 ? undefined : end).filter(Boolean);
}

describe('registration sheets', () => {
  test('SAML by metadata file (Entra): ACS URL, SP entity ID, sign-out URL, the certificates as stack outputs', () => {
    const markdown = reviewOfExample('entra-saml.yaml');
    const host = 'https://contoso-login.auth.eu-central-1.amazoncognito.com';
    expect(sheet(markdown, 'ContosoEntra')).toEqual([
      `- ACS URL (Assertion Consumer Service, reply URL; HTTP-POST): \`${host}/saml2/idpresponse\``,
      '- SP entity ID (audience, identifier): `urn:amazon:cognito:sp:{user_pool_id}`',
      `- Single logout URL (where the IdP posts its LogoutResponse): \`${host}/saml2/logout\``,
      "- The user pool's signing certificate (to verify Cognito's signed requests): known after apply, stack output `employees.saml.signing_certificate`",
      '- This provider\'s encryption certificate (to encrypt assertions): known after apply, stack output `employees.saml.encryption_certificates["ContosoEntra"]`',
      "- In these values, `{user_pool_id}` is the pool's id: known after apply, stack output `employees.user_pool_id`.",
    ]);
    expect(markdown).toContain('| Metadata file | `metadata/entra-contoso.xml` |');
    expect(markdown).toContain(
      '| IdP entity ID | `https://sts.windows.net/3f2c8e71-5b9d-4c6a-8e17-0a4d6b9c2e58/` |',
    );
    expect(markdown).toMatch(
      /\| Signing certificates \(SHA-256, valid until\) \| 20\d\d-\d\d-\d\d `([0-9A-F]{2}:){31}[0-9A-F]{2}` \|/,
    );
  });

  test('SAML by metadata URL (Okta): what cannot be checked offline is said; a pending provider gets its sheet', () => {
    const markdown = reviewOfExample('okta-saml.yaml');
    expect(markdown).toContain(
      '| Metadata checks | Cognito fetches the URL at apply, so cogfed checks nothing offline',
    );
    expect(sheet(markdown, 'HooliOkta')).toContain(
      "- The user pool's signing certificate (to verify Cognito's signed requests): known after apply, stack output `workforce.saml.signing_certificate`",
    );
    expect(markdown).toContain('#### Identity provider `GlobexOkta` (pending)');
    expect(sheet(markdown, 'GlobexOkta')).toEqual([
      '- ACS URL (Assertion Consumer Service, reply URL; HTTP-POST): `https://hooli-login.auth.us-west-2.amazoncognito.com/saml2/idpresponse`',
      '- SP entity ID (audience, identifier): `urn:amazon:cognito:sp:{user_pool_id}`',
      "- In these values, `{user_pool_id}` is the pool's id: known after apply, stack output `workforce.user_pool_id`.",
      '- Pending: cogfed creates this provider once `pending: true` is removed; until then no app client may list it.',
    ]);
  });

  test('social (Google, Sign in with Apple): the redirect URI and origin under the names their consoles use', () => {
    const markdown = reviewOfExample('consumer.yaml');
    const host = 'piedpiper-login.auth.us-east-1.amazoncognito.com';
    expect(sheet(markdown, 'Google').slice(0, 2)).toEqual([
      `- Authorized redirect URI: \`https://${host}/oauth2/idpresponse\``,
      `- Authorized JavaScript origin: \`https://${host}\``,
    ]);
    expect(sheet(markdown, 'SignInWithApple').slice(0, 2)).toEqual([
      `- Return URL: \`https://${host}/oauth2/idpresponse\``,
      `- Domains and Subdomains: \`${host}\``,
    ]);
    expect(sheet(markdown, 'SignInWithApple')).toContain(
      "- In these URLs, `{client_id}` is the client's id, known after apply: stack output `consumers.clients.web` (client `web`).",
    );
    // Secrets as references only.
    expect(markdown).toContain(
      '| Private key | Secrets Manager secret `piedpiper/apple-signin` (key `private_key`) |',
    );
    expect(markdown).toContain('| Team ID | `7XK2M9Q4RW` |');
  });
});
