import type { Client, CustomAttribute, Model, OidcProvider, Pool } from '../../model/model';
import { domainBaseUrl, idpResponseUrl } from '../../model/endpoints';
import { authorizeUrl, clientIdPlaceholder, clientsUsing, issuerUrl, signOutUrl, webOrigins } from './endpoints';
import { cellCode, code, list, table, text } from './markdown';
import { describeSecret } from './secret';

/**
 * The pull-request summary: what each stack holds, then what to register at
 * each identity provider. Reads only the normalized model (sorted, defaults
 * applied), so the same files always give the same bytes.
 */
export function renderReview(models: readonly Model[]): string {
  const sortedModels = [...models].sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
  const pools = sortedModels.reduce((n, m) => n + m.pools.length, 0);
  const out = ['# cogfed review\n', `${plural(sortedModels.length, 'stack')}, ${plural(pools, 'user pool')}. Secrets are shown as references only.\n`];
  for (const model of sortedModels) out.push(renderStack(model));
  return out.join('\n');
}

function renderStack(model: Model): string {
  const out = [`## Stack ${code(model.stack)}\n`];
  const tags = Object.entries(model.tags).map(([k, v]) => code(`${k}=${v}`));
  out.push(
    [
      `- File: ${code(model.file)}`,
      `- Region: ${code(model.region)}`,
      `- State: ${model.backend.kind === 's3' ? `S3 ${code(`s3://${model.backend.bucket}/${model.backend.key}`)} (${model.backend.region}${model.backend.useLockfile ? ', S3 lock file' : ''})` : 'local (no backend configured)'}`,
      `- Tags: ${list(tags)}`,
    ].join('\n') + '\n',
  );
  if (model.pools.length === 0) out.push('This stack declares no user pools.\n');
  for (const pool of model.pools) out.push(renderPool(model, pool));
  return out.join('\n');
}

function renderPool(model: Model, pool: Pool): string {
  const out = [`### User pool ${code(pool.id)} (${code(pool.name)})\n`];
  const signIn = pool.usernameAttributes.length > 0 ? `username is ${pool.usernameAttributes.map(code).join(' or ')}` : 'users choose a username';
  const mfaMethods = [pool.mfa.totp ? 'TOTP' : '', pool.mfa.email ? 'email' : '', pool.mfa.sms ? 'SMS' : ''].filter(Boolean);
  out.push(
    [
      `- Issuer: ${code(issuerUrl(model, pool))}`,
      `- Sign-in: ${signIn}; ${pool.caseSensitive ? 'case-sensitive' : 'case-insensitive'}`,
      `- MFA: ${pool.mfa.configuration.toLowerCase()}${mfaMethods.length ? ` (${mfaMethods.join(', ')})` : ''}`,
      `- Deletion protection: ${pool.deletionProtection ? 'on' : '**off**'}`,
      ...(pool.tier ? [`- Feature plan: ${pool.tier.toLowerCase()}`] : []),
      `- Custom attributes: ${list(pool.customAttributes.map(describeAttribute))}`,
      `- Domain: ${describeDomain(pool)}`,
      `- Resource servers: ${list(pool.resourceServers.map((rs) => `${code(rs.identifier)} (${text(rs.name)}): ${list(rs.scopes.map((s) => code(s.name)))}`))}`,
    ].join('\n') + '\n',
  );

  out.push('#### Identity providers\n');
  if (pool.providers.length === 0) out.push('None: users sign in with Cognito accounts only.\n');
  for (const provider of pool.providers) out.push(renderProvider(provider));

  out.push('#### App clients\n');
  if (pool.clients.length === 0) out.push('None.\n');
  for (const client of pool.clients) out.push(renderClient(pool, client));

  if (pool.providers.length > 0) out.push(renderRegistration(pool));
  return out.join('\n');
}

function describeAttribute(attribute: CustomAttribute): string {
  const details = [attribute.type, attribute.mutable ? 'mutable' : 'immutable'];
  if (attribute.stringConstraints) details.push(`${attribute.stringConstraints.minLength}–${attribute.stringConstraints.maxLength} characters`);
  if (attribute.numberConstraints) details.push(`${attribute.numberConstraints.min ?? '…'}–${attribute.numberConstraints.max ?? '…'}`);
  return `${code(`custom:${attribute.name}`)} (${details.join(', ')})`;
}

function describeDomain(pool: Pool): string {
  const domain = pool.domain;
  if (!domain) {
    return '**none**: the hosted endpoints (`/oauth2/authorize`, `/oauth2/idpresponse`, `/logout`) need a domain; add `domain.prefix` or `domain.custom` to this pool';
  }
  const kind = domain.kind === 'prefix' ? 'Cognito prefix domain' : `custom domain, certificate ${code(domain.certificateArn)}`;
  const ui = domain.managedLoginVersion === 2 ? 'managed login' : 'classic hosted UI';
  return `${code(domainBaseUrl(domain))} (${kind}; ${ui})`;
}

function renderProvider(provider: OidcProvider): string {
  const rows: string[][] = [
    ['Type', 'OIDC'],
    ['Issuer', cellCode(provider.issuer)],
    ['Client id', cellCode(provider.clientId)],
    ['Client secret', describeSecret(provider.clientSecret, cellCode)],
    ['Scopes', cellCode(provider.scopes.join(' '))],
    ['Attributes request method', provider.attributesRequestMethod],
    ['Identifiers (email domains routed here)', list(provider.identifiers.map(cellCode))],
    ['Endpoints', provider.endpoints ? list(Object.entries(provider.endpoints).map(([k, v]) => `${k} ${cellCode(v)}`)) : "discovered from the issuer's `/.well-known/openid-configuration`"],
  ];
  const mapping = Object.entries(provider.attributeMapping).map(([attribute, claim]) => [cellCode(attribute), cellCode(claim)]);
  return `##### ${code(provider.name)}\n\n${table(['Setting', 'Value'], rows)}\nAttribute mapping:\n\n${table(['User pool attribute', 'IdP claim'], mapping)}`;
}

function renderClient(pool: Pool, client: Client): string {
  const v = client.tokenValidity;
  const rows: string[][] = [
    ['Client id', cellCode(clientIdPlaceholder(pool, client))],
    ['OAuth flows', list(client.oauthFlows.map(cellCode))],
    ['Scopes', list(client.oauthScopes.map(cellCode))],
    ['Identity providers', list(client.identityProviders.map(cellCode))],
    ['Callback URLs', list(client.callbackUrls.map(cellCode))],
    ['Logout URLs', list(client.logoutUrls.map(cellCode))],
    // client_credentials issues an access token only: no user, so no ID token and no refresh token.
    ['Token lifetimes', client.oauthFlows.includes('client_credentials') ? `access ${v.access.text} (client credentials: no ID or refresh token)` : `access ${v.access.text}, id ${v.id.text}, refresh ${v.refresh.text}`],
    ['Client secret', client.generateSecret ? 'generated by Cognito (confidential client)' : 'none (public client)'],
    ['Auth flows', list(client.explicitAuthFlows.map(cellCode))],
  ];
  return `##### ${code(client.id)} (${code(client.name)})\n\n${table(['Setting', 'Value'], rows)}`;
}

function renderRegistration(pool: Pool): string {
  const out = ['#### Register at each identity provider\n'];
  const domain = pool.domain;
  if (!domain) {
    out.push('This pool has no domain, so there is no redirect URI to register yet: the hosted endpoints need one. Add `domain.prefix` or `domain.custom` first.\n');
    return out.join('\n');
  }
  for (const provider of pool.providers) {
    const clients = clientsUsing(pool, provider.name);
    const lines = [
      `##### ${code(provider.name)}\n`,
      `- Redirect URI (allowed callback URL): ${code(idpResponseUrl(domain))}`,
      `- Allowed web origins: ${list(webOrigins(clients.flatMap((c) => c.callbackUrls)).map(code))}`,
    ];
    if (clients.length === 0) {
      lines.push('- No app client with the `code` or `implicit` flow lists this provider, so nobody can sign in through it yet.');
    } else {
      lines.push('- Sign-out URLs (allowed logout URLs):');
      for (const client of clients) {
        if (client.logoutUrls.length === 0) lines.push(`  - client ${code(client.id)}: none (the client has no \`logoutUrls\`)`);
        for (const url of client.logoutUrls) lines.push(`  - client ${code(client.id)}: ${code(signOutUrl(domain, clientIdPlaceholder(pool, client), url))}`);
      }
      lines.push('- Authorize URLs for a custom login page (`identity_provider` and `login_hint`; the app fills in the email):');
      for (const client of clients) lines.push(`  - client ${code(client.id)}: ${code(authorizeUrl(domain, pool, client, provider.name))}`);
    }
    out.push(`${lines.join('\n')}\n`);
  }
  return out.join('\n');
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
