import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';

export const samlIdpInitiated = defineRule({
  code: 'saml-idp-initiated',
  description:
    'An app client that lists a SAML provider with `idpInitiated: true` lists only SAML providers: not `COGNITO`, OIDC or social providers.',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-SAML-session-initiation.html ' +
    '("you can\'t add non-SAML IdPs, including the user pool itself, to any app client that uses a SAML provider with IdP-initiated sign-in"); docs/provider-evidence.md §6.2',
  part: 'client',
  reads: [
    'identityProviders',
    'pool:identityProviders.*.type',
    'pool:identityProviders.*.idpInitiated',
  ],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, client, path } of clients(file)) {
      const listed = client.identityProviders ?? [];
      const initiated = listed.filter((name) => {
        const provider = pool.identityProviders?.[name];
        return provider?.type === 'saml' && provider.idpInitiated === true;
      });
      if (initiated.length === 0) continue;
      listed.forEach((name, index) => {
        const provider = pool.identityProviders?.[name];
        // Unknown names are client-idp-unknown's.
        if (provider?.type === 'saml' || (provider === undefined && name !== 'COGNITO')) return;
        const what =
          name === 'COGNITO'
            ? "the pool's own users (`COGNITO`)"
            : `the ${provider!.type} provider \`${name}\``;
        out.push({
          path: [...path, 'identityProviders', index],
          message: `a client that lists a SAML provider with IdP-initiated sign-in (\`${initiated[0]}\`) may list only SAML providers; received ${what}`,
          hint: `move ${name} to another app client, or turn \`idpInitiated\` off for \`${initiated[0]}\``,
        });
      });
    }
    return out;
  },
});
