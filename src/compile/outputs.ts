import { TerraformOutput, TerraformStack } from './engine';
import type { CognitoIdentityProvider, CognitoUserPool, CognitoUserPoolClient } from './engine';
import {
  authorizeRedirectUri,
  authorizeUrl,
  domainBaseUrl,
  idpResponseUrl,
  tokenEndpoint,
} from '../model/endpoints';
import type { Model, Pool } from '../model/model';
import { AddressBook, OUTPUT_KEY, outputName } from '../model/addresses';
import { endpointDomain } from '../model/existing';
import { literal } from './expressions';
import { samlRegistration } from './saml-outputs';

/** The placeholder in authorize URLs that the app replaces with the user's URL-encoded email. */
export const LOGIN_HINT_PLACEHOLDER = '<email>';

export interface PoolResources {
  /** The pool resource, or the data source that reads an existing pool. */
  pool: Pick<CognitoUserPool, 'id' | 'arn'>;
  clients: ReadonlyMap<string, CognitoUserPoolClient>;
  /** The providers created (pending ones are not), by name. */
  providers?: ReadonlyMap<string, CognitoIdentityProvider>;
}

/** A value in a pool's output: a string (a Terraform template) or an object of them. */
export type OutputValue = string | { [key: string]: OutputValue };

export interface OutputContext {
  model: Model;
  pool: Pool;
  resources: PoolResources;
  /** For a section that reads a data source of its own (SAML's signing certificate). */
  stack: TerraformStack;
  book: AddressBook;
}

/**
 * One part of a pool's output object. Each part is its own function, and a
 * provider type that registers other values (SAML: its ACS URL and entity
 * id, under `saml`) adds a section to SECTIONS without touching the others.
 */
export type OutputSection = (context: OutputContext) => Record<string, OutputValue>;

/**
 * What an operator needs after apply, as one stack output per pool, named
 * after the pool's id, whose value is an object: ids to configure apps with,
 * and the URLs to register at each IdP. Outputs grow with pools, not with
 * clients times providers (a 50-pool file wrote 2,450 single-value outputs
 * before; `terraform output` printed them all, and applying them took
 * seconds each round). None is sensitive (a client id is public: browsers
 * send it), so none hides a secret.
 */
export function addOutputs(
  stack: TerraformStack,
  book: AddressBook,
  model: Model,
  pool: Pool,
  resources: PoolResources,
): void {
  const context: OutputContext = { model, pool, resources, stack, book };
  const value = Object.assign({}, ...SECTIONS.map((section) => section(context))) as Record<
    string,
    OutputValue
  >;
  const name = book.claim('output', outputName.pool(pool));
  const element = new TerraformOutput(stack, `output.${name}`, {
    value,
    description: literal(describe(pool)),
  });
  element.overrideLogicalId(name);
}

/** The pool itself: ids and the token issuer. */
const identity: OutputSection = ({ model, resources }) => ({
  [OUTPUT_KEY.poolId]: resources.pool.id,
  [OUTPUT_KEY.poolArn]: resources.pool.arn,
  // OIDC discovery is at <issuer>/.well-known/openid-configuration.
  [OUTPUT_KEY.issuerUrl]: `https://cognito-idp.${literal(model.region)}.amazonaws.com/${resources.pool.id}`,
});

/** Client ids by YAML key (an empty object for a pool without clients, so a consumer's lookup never fails on a missing key). */
const clients: OutputSection = ({ pool, resources }) => ({
  [OUTPUT_KEY.clients]: Object.fromEntries(
    pool.clients.map((client) => [literal(client.id), resources.clients.get(client.id)!.id]),
  ),
});

/**
 * The domain's URLs: the one redirect URI every OAuth provider (OIDC,
 * social) registers, whatever the provider, and the token endpoint. Without
 * a domain there are none.
 */
const hostedEndpoints: OutputSection = ({ pool }): Record<string, OutputValue> => {
  // An existing pool's endpoints are on its owner's domain, when the file names it (existingDomain).
  const domain = endpointDomain(pool);
  if (domain === undefined) return {};
  return {
    [OUTPUT_KEY.domainUrl]: domainBaseUrl(domain, literal),
    [OUTPUT_KEY.idpRedirectUri]: idpResponseUrl(domain, literal),
    [OUTPUT_KEY.tokenEndpoint]: tokenEndpoint(domain, literal),
  };
};

/**
 * Only when the file asks (`outputs: { authorizeUrls: true }`): per client
 * with the code flow and per provider it lists, the authorize URL a custom
 * login page redirects to. `cogfed review` prints them either way.
 */
const authorizeUrls: OutputSection = ({ pool, resources }): Record<string, OutputValue> => {
  const domain = endpointDomain(pool);
  if (!pool.outputs.authorizeUrls || domain === undefined) return {};
  const byClient: Record<string, OutputValue> = {};
  for (const client of pool.clients) {
    if (!client.oauthFlows.includes('code') || authorizeRedirectUri(client) === undefined) continue;
    const providers = pool.providers.filter((p) => client.identityProviders.includes(p.name));
    if (providers.length === 0) continue;
    const clientId = resources.clients.get(client.id)!.id;
    byClient[literal(client.id)] = Object.fromEntries(
      providers.map((p) => [
        literal(p.name),
        authorizeUrl(domain, client, p.name, clientId, LOGIN_HINT_PLACEHOLDER, literal),
      ]),
    );
  }
  return { [OUTPUT_KEY.authorizeUrls]: byClient };
};

/** In key order of the written object (cdktf sorts keys); a section returns `{}` when it has nothing. */
const SECTIONS: readonly OutputSection[] = [
  identity,
  clients,
  hostedEndpoints,
  authorizeUrls,
  samlRegistration,
];

/** What the output holds. It names the pool by its key only, so renaming the pool in AWS changes no output. */
function describe(pool: Pool): string {
  const parts = [
    `The user pool ${pool.id}${pool.existing ? ' (existing, not managed by this stack)' : ''}: ${OUTPUT_KEY.poolId}, ${OUTPUT_KEY.poolArn}, ${OUTPUT_KEY.issuerUrl} (OIDC discovery at <issuer>/.well-known/openid-configuration), ${OUTPUT_KEY.clients} (client ids by YAML key)`,
  ];
  if (endpointDomain(pool)) {
    parts.push(
      `${OUTPUT_KEY.domainUrl}, ${OUTPUT_KEY.idpRedirectUri} (the redirect URI every OIDC and social identity provider registers), ${OUTPUT_KEY.tokenEndpoint}`,
    );
    if (pool.outputs.authorizeUrls) {
      parts.push(
        `${OUTPUT_KEY.authorizeUrls}.<client>.<provider> (sign-in URLs that go straight to a provider: replace ${LOGIN_HINT_PLACEHOLDER} with the user's URL-encoded email or drop login_hint, and add state and PKCE parameters as your OAuth library does)`,
      );
    }
  }
  if (pool.providers.some((p) => p.type === 'saml') && endpointDomain(pool))
    parts.push(
      `${OUTPUT_KEY.saml} (what the SAML identity providers register: ${OUTPUT_KEY.samlAcsUrl}, ${OUTPUT_KEY.samlEntityId}, and as they need them ${OUTPUT_KEY.samlLogoutUrl}, ${OUTPUT_KEY.samlSigningCertificate}, ${OUTPUT_KEY.samlEncryptionCertificates} by provider name)`,
    );
  return `${parts.join('; ')}.`;
}
