import { DEFAULTS } from '../../model/defaults';
import type { AuthFlow, ClientConfig, OAuthFlow } from '../../validate/config';
import { Fields, isEmpty, Json } from './fields';
import { IdSet, validId } from './ids';
import type { ImportNote } from './notes';
import { summarize } from './notes';

const AUTH_FLOWS: Record<string, AuthFlow> = {
  ALLOW_USER_SRP_AUTH: 'user-srp',
  ALLOW_REFRESH_TOKEN_AUTH: 'refresh-token',
  ALLOW_USER_PASSWORD_AUTH: 'user-password',
  ALLOW_ADMIN_USER_PASSWORD_AUTH: 'admin-user-password',
  ALLOW_CUSTOM_AUTH: 'custom',
  ALLOW_USER_AUTH: 'user-auth',
};
const UNITS = { minutes: 'm', hours: 'h', days: 'd' } as const;
/** Cognito's units when TokenValidityUnits is absent (API_TokenValidityUnitsType). */
const DEFAULT_UNITS = { access: 'hours', id: 'hours', refresh: 'days' } as const;
/** Cognito's lifetimes when a client sets none (API_UserPoolClientType): 60 minutes, 60 minutes, 30 days. */
const DEFAULT_VALUES = { access: 1, id: 1, refresh: 30 };

const CLIENT_SCHEMA =
  'hashicorp/terraform-provider-aws internal/service/cognitoidp/user_pool_client.go';

export interface ClientLinks {
  poolId: string;
  /** Provider names the file defines (imported providers). */
  providers: ReadonlySet<string>;
  /** The domain's managed login version, when the pool has a domain. */
  managedLoginVersion?: 1 | 2;
  brandings: ReadonlyMap<string, Json | null>;
}

/** DescribeUserPoolClient → `clients`, keyed by an id made from the client's name. */
export function mapClients(
  clients: readonly Json[],
  links: ClientLinks,
  notes: ImportNote[],
): Record<string, ClientConfig> {
  const out: Record<string, ClientConfig> = {};
  const ids = new IdSet();
  const sorted = [...clients].sort(
    (a, b) =>
      String(a.ClientName).localeCompare(String(b.ClientName)) ||
      String(a.ClientId).localeCompare(String(b.ClientId)),
  );
  for (const client of sorted) {
    const [id, config] = mapClient(client, links, ids, notes);
    out[id] = config;
  }
  return out;
}

function mapClient(
  client: Json,
  links: ClientLinks,
  ids: IdSet,
  notes: ImportNote[],
): [string, ClientConfig] {
  const fields = new Fields(client, 'UserPoolClient');
  fields.skip('UserPoolId', 'LastModifiedDate', 'CreationDate');
  const clientId = fields.get<string>('ClientId') ?? '';
  const name = fields.get<string>('ClientName') ?? clientId;
  const resource = `app client ${name} (${clientId})`;
  const note = (attribute: string, live: unknown, effect: ImportNote['effect'], why: string) =>
    notes.push({
      resource,
      attribute: `UserPoolClient.${attribute}`,
      live: summarize(live),
      effect,
      why,
    });
  const id = ids.claim(validId(name, 'client'));
  const config: ClientConfig = { importId: `${links.poolId}/${clientId}` };
  if (name !== id) config.name = name;

  const list = (key: string) => [...(fields.get<string[]>(key) ?? [])].sort();
  const callbackUrls = list('CallbackURLs');
  const logoutUrls = list('LogoutURLs');
  if (callbackUrls.length > 0) config.callbackUrls = callbackUrls;
  if (logoutUrls.length > 0) config.logoutUrls = logoutUrls;
  const defaultRedirect = fields.get<string>('DefaultRedirectURI');
  if (defaultRedirect) config.defaultRedirectUri = defaultRedirect;

  const flows = list('AllowedOAuthFlows') as OAuthFlow[];
  const scopes = list('AllowedOAuthScopes');
  const oauthEnabled = fields.get<boolean>('AllowedOAuthFlowsUserPoolClient') ?? false;
  if (oauthEnabled !== flows.length > 0) {
    note(
      'AllowedOAuthFlowsUserPoolClient',
      oauthEnabled,
      'reverted',
      `cogfed sets allowed_oauth_flows_user_pool_client exactly when the client has OAuth flows (${flows.length > 0 ? 'it has' : 'it has none'})`,
    );
  }
  if (flows.length > 0 || scopes.length > 0)
    config.oauth = {
      ...(flows.length > 0 ? { flows } : {}),
      ...(scopes.length > 0 ? { scopes } : {}),
    };

  const supported = list('SupportedIdentityProviders');
  const kept = supported.filter((p) => p === 'COGNITO' || links.providers.has(p));
  for (const dropped of supported.filter((p) => !kept.includes(p))) {
    note(
      'SupportedIdentityProviders',
      dropped,
      'reverted',
      `the provider ${dropped} is not imported (its type is not supported yet), so the client cannot name it and the first apply takes it off the client`,
    );
  }
  if (kept.length > 0) config.identityProviders = kept;

  // The client secret itself is never read: only whether there is one.
  if (typeof client.ClientSecret === 'string' && client.ClientSecret.length > 0)
    config.generateSecret = true;
  fields.skip('ClientSecret');

  const authFlows: AuthFlow[] = [];
  for (const flow of list('ExplicitAuthFlows')) {
    const mapped = AUTH_FLOWS[flow];
    if (mapped) authFlows.push(mapped);
    else
      note(
        'ExplicitAuthFlows',
        flow,
        'reverted',
        `a legacy flow name cogfed does not write (it writes only the ALLOW_ names); the first apply removes it`,
      );
  }
  if ([...authFlows].sort().join() !== [...DEFAULTS.authFlows].sort().join())
    config.authFlows = authFlows;

  const units = fields.nested('TokenValidityUnits');
  const validity: NonNullable<ClientConfig['tokenValidity']> = {};
  const lifetimes = [
    ['access', 'AccessTokenValidity', 'AccessToken'],
    ['id', 'IdTokenValidity', 'IdToken'],
    ['refresh', 'RefreshTokenValidity', 'RefreshToken'],
  ] as const;
  const unitsGiven = Object.keys(units.value).length > 0;
  for (const [key, valueKey, unitKey] of lifetimes) {
    const value = fields.get<number>(valueKey) ?? DEFAULT_VALUES[key];
    const unit = (units.get<string>(unitKey) ?? DEFAULT_UNITS[key]) as keyof typeof UNITS;
    const text = value > 0 && UNITS[unit] ? `${value}${UNITS[unit]}` : undefined;
    if (text === undefined) {
      note(
        valueKey,
        { value, unit },
        'reverted',
        'a lifetime cogfed cannot write; the default applies',
      );
      continue;
    }
    if (text !== DEFAULTS.tokenValidity[key]) validity[key] = text;
  }
  if (!unitsGiven)
    note(
      'TokenValidityUnits',
      '(none)',
      'added',
      "cogfed always writes the three units (the same as Cognito's defaults here), so the meaning of the lifetimes does not change",
    );
  if (Object.keys(validity).length > 0) config.tokenValidity = validity;

  const read = fields.get<string[]>('ReadAttributes');
  const write = fields.get<string[]>('WriteAttributes');
  if (read && read.length > 0) config.readAttributes = [...read].sort();
  if (write && write.length > 0) config.writeAttributes = [...write].sort();
  if (fields.get('EnableTokenRevocation') === false) config.enableTokenRevocation = false;

  const prevent = fields.get<string>('PreventUserExistenceErrors');
  if (prevent !== 'ENABLED')
    note(
      'PreventUserExistenceErrors',
      prevent ?? '(none)',
      'reverted',
      'cogfed always sets prevent_user_existence_errors = ENABLED (sign-in errors do not reveal whether a user exists)',
    );
  const analytics = fields.get('AnalyticsConfiguration');
  if (!isEmpty(analytics))
    note(
      'AnalyticsConfiguration',
      analytics,
      'reverted',
      `cogfed does not manage Pinpoint analytics yet; analytics_configuration is Optional without Computed (${CLIENT_SCHEMA}), so the first apply removes it`,
    );
  const session = fields.get<number>('AuthSessionValidity');
  if (session !== undefined && session !== 3)
    note(
      'AuthSessionValidity',
      session,
      'unverified',
      "cogfed does not manage the authentication session lifetime yet (Cognito's default is 3 minutes)",
    );
  if (fields.get('EnablePropagateAdditionalUserContextData') === true)
    note(
      'EnablePropagateAdditionalUserContextData',
      true,
      'unverified',
      'cogfed does not manage user context data for threat protection yet',
    );
  const rotation = fields.get<Json>('RefreshTokenRotation');
  if (rotation && rotation.Feature !== undefined && rotation.Feature !== 'DISABLED')
    note(
      'RefreshTokenRotation',
      rotation,
      'unverified',
      'cogfed does not manage refresh token rotation yet',
    );
  const clientType = fields.get('ClientType');
  if (clientType !== undefined && clientType !== null)
    note('ClientType', clientType, 'unverified', 'cogfed does not know client types yet');
  notes.push(...fields.unread(resource));

  mapBranding(clientId, flows, links, config, (attribute, live, effect, why) =>
    notes.push({ resource, attribute, live: summarize(live), effect, why }),
  );
  return [id, config];
}

/**
 * Managed login styles. cogfed gives each client with hosted pages one style
 * with Cognito's defaults when the domain runs managed login
 * (src/compile/branding.ts); the live one is adopted, or reported.
 */
function mapBranding(
  clientId: string,
  flows: OAuthFlow[],
  links: ClientLinks,
  config: ClientConfig,
  note: (attribute: string, live: unknown, effect: ImportNote['effect'], why: string) => void,
): void {
  const wanted =
    links.managedLoginVersion === 2 && (flows.includes('code') || flows.includes('implicit'));
  if (!links.brandings.has(clientId)) {
    if (wanted)
      note(
        'ManagedLoginBranding',
        '(not read)',
        'unverified',
        'DescribeManagedLoginBrandingByClient was not read for this client (offline: add describe-managed-login-branding-by-client-<client id>.json); Terraform would try to create a style',
      );
    return;
  }
  const branding = links.brandings.get(clientId) ?? null;
  if (branding === null) {
    if (wanted)
      note(
        'ManagedLoginBranding',
        '(none)',
        'added',
        'cogfed creates a managed login style with Cognito\'s defaults for every client with hosted pages: without one the pages say "Login pages unavailable" (docs/provider-evidence.md §4)',
      );
    return;
  }
  const fields = new Fields(branding, 'ManagedLoginBranding');
  fields.skip('UserPoolId', 'CreationDate', 'LastModifiedDate');
  const brandingId = fields.get<string>('ManagedLoginBrandingId') ?? '';
  if (!wanted) {
    note(
      'ManagedLoginBranding',
      brandingId,
      'kept',
      'cogfed creates no style for this client (no managed login, or no hosted pages), so Terraform leaves it alone',
    );
    return;
  }
  config.brandingImportId = `${links.poolId},${brandingId}`;
  if (fields.get('UseCognitoProvidedValues') !== true) {
    note(
      'ManagedLoginBranding.UseCognitoProvidedValues',
      false,
      'reverted',
      "a customized style: cogfed writes use_cognito_provided_values = true, which resets the style to Cognito's defaults",
    );
  }
  // Settings and assets of a default style are Cognito's own; of a customized one they are what the note above says is lost.
  fields.skip('Settings', 'Assets');
  for (const unread of fields.unread(''))
    note(unread.attribute, unread.live, unread.effect, unread.why);
}
