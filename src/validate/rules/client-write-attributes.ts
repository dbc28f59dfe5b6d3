import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { listOf } from './suggest';

export const clientWriteAttributes = defineRule({
  code: 'client-write-attributes',
  description:
    'A client that sets `writeAttributes` includes every attribute mapped by the identity providers it uses (except `username`).',
  source:
    'docs/aws-limits.md#attribute-mapping ("this array must include all attributes that you have mapped to IdP attributes"); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-WriteAttributes',
  part: 'client',
  reads: [
    'writeAttributes',
    'identityProviders',
    'pool:identityProviders.*.attributeMapping.@keys',
  ],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { pool, client, path } of clients(file)) {
      const writable = client.writeAttributes;
      if (writable === undefined) continue;
      for (const name of client.identityProviders ?? []) {
        const provider = pool.identityProviders?.[name];
        if (!provider) continue; // client-idp-unknown reports it
        const missing = Object.keys(provider.attributeMapping ?? {}).filter(
          (key) => key !== 'username' && !writable.includes(key),
        );
        if (missing.length === 0) continue;
        out.push({
          path: [...path, 'writeAttributes'],
          message: `a client's \`writeAttributes\` include every attribute its identity providers map, because Cognito writes them at sign-in; provider \`${name}\` maps ${listOf(missing)}, missing here`,
          hint: `add ${listOf(missing)} to \`writeAttributes\`, or remove \`writeAttributes\` to allow all writable attributes`,
        });
      }
    }
    return out;
  },
});
