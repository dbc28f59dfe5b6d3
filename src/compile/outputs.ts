import { TerraformOutput, TerraformStack } from './engine';
import type { CognitoIdentityProvider, CognitoUserPool, CognitoUserPoolClient } from './engine';
import {
  authorizeRedirectUri,
  authorizeUrl,
  domainBaseUrl,
  idpResponseUrl,
} from '../model/endpoints';
import type { Model, Pool } from '../model/model';
import { AddressBook, outputName } from '../model/addresses';
import { endpointDomain } from '../model/existing';
import { literal } from './expressions';
import { addSamlOutputs } from './saml-outputs';

/** The placeholder in authorize URLs that the app replaces with the user's URL-encoded email. */
export const LOGIN_HINT_PLACEHOLDER = '<email>';

export interface PoolResources {
  /** The pool resource, or the data source that reads an existing pool. */
  pool: Pick<CognitoUserPool, 'id' | 'arn'>;
  clients: ReadonlyMap<string, CognitoUserPoolClient>;
  /** The providers created (pending ones are not), by name. */
  providers?: ReadonlyMap<string, CognitoIdentityProvider>;
}

/**
 * What an operator needs after apply, as stack outputs: ids to configure
 * apps with, and the URLs to register at each IdP. None is sensitive (a
 * client id is public: browsers send it), so none hides a secret.
 */
export function addOutputs(
  stack: TerraformStack,
  book: AddressBook,
  model: Model,
  pool: Pool,
  resources: PoolResources,
): void {
  const output = (name: string, value: string, description: string) => {
    book.claim('output', name);
    const element = new TerraformOutput(stack, `output.${name}`, {
      value,
      description: literal(description),
    });
    element.overrideLogicalId(name);
  };

  output(
    outputName.poolId(pool),
    resources.pool.id,
    `Id of the user pool ${pool.id} (${pool.existing ? 'existing, not managed by this stack' : pool.name})`,
  );
  output(outputName.poolArn(pool), resources.pool.arn, `ARN of the user pool ${pool.id}`);
  output(
    outputName.issuerUrl(pool),
    `https://cognito-idp.${literal(model.region)}.amazonaws.com/${resources.pool.id}`,
    `Token issuer (iss) of the user pool ${pool.id}; its OIDC discovery document is at <issuer>/.well-known/openid-configuration`,
  );
  for (const client of pool.clients) {
    output(
      outputName.clientId(pool, client),
      resources.clients.get(client.id)!.id,
      `Client id of the app client ${client.id}${client.name === client.id ? '' : ` (${client.name})`}`,
    );
  }

  const domain = endpointDomain(pool);
  if (domain === undefined) return;
  output(
    outputName.domainUrl(pool),
    domainBaseUrl(domain, literal),
    `Base URL of the sign-in domain of the user pool ${pool.id}`,
  );
  // OAuth-based providers (OIDC, social), pending ones included; SAML registers an ACS URL instead (saml-outputs.ts).
  for (const provider of pool.providers) {
    if (provider.type === 'saml') continue;
    output(
      outputName.idpRedirectUri(pool, provider),
      idpResponseUrl(domain, literal),
      `Redirect URI to register at the identity provider ${provider.name} (its allowed callback URL for the client ${provider.clientId})`,
    );
  }
  addSamlOutputs(stack, book, output, pool, domain, resources);
  for (const client of pool.clients) {
    if (!client.oauthFlows.includes('code') || authorizeRedirectUri(client) === undefined) continue;
    for (const provider of pool.providers.filter((p) =>
      client.identityProviders.includes(p.name),
    )) {
      output(
        outputName.authorizeUrl(pool, client, provider),
        authorizeUrl(
          domain,
          client,
          provider.name,
          resources.clients.get(client.id)!.id,
          LOGIN_HINT_PLACEHOLDER,
          literal,
        ),
        `Sign-in URL of the app client ${client.id} that goes straight to ${provider.name}: replace ${LOGIN_HINT_PLACEHOLDER} with the user's URL-encoded email (or drop login_hint), and add state and PKCE parameters as your OAuth library does`,
      );
    }
  }
}
