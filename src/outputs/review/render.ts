import type { Client, CustomAttribute, IdentityProvider, Model, Pool } from '../../model/model';
import { domainBaseUrl } from '../../model/endpoints';
import { endpointDomain } from '../../model/existing';
import { existingPoolLines } from './existing-pool';
import { providerType } from '../../model/providers';
import type { RegistrationItem, ReviewValue } from '../../model/providers/types';
import {
  CLIENT_ID,
  clientIdOutput,
  clientsUsing,
  EMAIL,
  issuerUrl,
  poolIdOutput,
  USER_POOL_ID,
} from './endpoints';
import { cellCode, code, list, table, text } from './markdown';
import { describeSecret } from './secret';
import type { ReviewScope } from './scope';
import {
  CommentDocument,
  CommentGroup,
  CommentSection,
  joinDocument,
} from '../format/comment-limit';

/**
 * The pull-request summary: what each stack holds, then what to register at
 * each identity provider. Reads only the normalized model (sorted, defaults
 * applied), so the same files always give the same bytes.
 */
export function renderReview(models: readonly Model[], origins?: ReviewOrigins): string {
  return joinDocument(reviewDocument(models, { origins }));
}

export interface ReviewDocumentOptions {
  origins?: ReviewOrigins;
  /** review --base: only the stacks and pools a change touches. */
  scope?: ReviewScope;
}

/**
 * The review as a document of sections (each stack's settings, then each of
 * its pools), so that a review too long for one comment is shortened section
 * by section (format/comment-limit.ts); joined whole, it is the review.
 */
export function reviewDocument(
  models: readonly Model[],
  { origins, scope }: ReviewDocumentOptions = {},
): CommentDocument {
  const sortedModels = [...models].sort((a, b) =>
    a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0,
  );
  const pools = sortedModels.reduce((n, m) => n + m.pools.length, 0);
  const head = [
    '# cogfed review\n',
    `${plural(sortedModels.length, 'stack')}, ${plural(pools, 'user pool')}. Secrets are shown as references only.\n`,
  ];
  if (scope) head.push(scopeLine(scope, sortedModels));
  const sections: Array<CommentSection | CommentGroup> = [];
  for (const model of sortedModels) {
    const shown = scope ? scope.stacks.get(model.stack) : 'all';
    if (shown === undefined) continue;
    sections.push({ full: renderStack(model, origins), short: `## Stack ${code(model.stack)}\n` });
    for (const pool of model.pools) {
      if (shown === 'all' || shown.pools.has(pool.id))
        sections.push({
          label: `pool ${code(pool.id)}`,
          sections: poolSections(model, pool, origins),
        });
    }
    for (const id of shown === 'all' ? [] : shown.removedPools) {
      const line = `### User pool ${code(id)}: removed\n\nThe pool is no longer in the file; \`cogfed diff\` says what that destroys.\n`;
      sections.push({ full: line, short: `### User pool ${code(id)}: removed\n` });
    }
  }
  for (const stack of scope?.removedStacks ?? []) {
    sections.push({
      full: `## Stack ${code(stack)}: removed\n\nThe stack is no longer in the files; \`cogfed diff\` says what that destroys.\n`,
      short: `## Stack ${code(stack)}: removed\n`,
    });
  }
  return { head: head.join('\n'), sections, joiner: '\n' };
}

/** What the review shows of a change against a base (review --base). */
function scopeLine(scope: ReviewScope, models: readonly Model[]): string {
  const pools = models.reduce((n, m) => n + m.pools.length, 0);
  const shownStacks = models.filter((m) => scope.stacks.has(m.stack)).length;
  const shownPools = models.reduce((n, m) => {
    const shown = scope.stacks.get(m.stack);
    return n + (shown === undefined ? 0 : shown === 'all' ? m.pools.length : shown.pools.size);
  }, 0);
  const removedPools = [...scope.stacks.values()].reduce(
    (n, s) => n + (s === 'all' ? 0 : s.removedPools.length),
    0,
  );
  const removed = [
    ...(scope.removedStacks.length ? [plural(scope.removedStacks.length, 'stack')] : []),
    ...(removedPools ? [plural(removedPools, 'user pool')] : []),
  ];
  if (shownStacks === 0 && removed.length === 0)
    return `Nothing changed since ${code(scope.ref)} (${code(scope.commit.slice(0, 12))}).\n`;
  return `Only what changed since ${code(scope.ref)} (${code(scope.commit.slice(0, 12))}): ${plural(shownStacks, 'stack')} of ${models.length} and ${plural(shownPools, 'user pool')} of ${pools}${removed.length ? `, and ${removed.join(' and ')} removed` : ''}; the rest is unchanged.\n`;
}

/** A pool in one line, when its section does not fit. */
function poolSummary(pool: Pool): string {
  const domain = endpointDomain(pool);
  const where = domain ? `, domain ${code(domainBaseUrl(domain))}` : ', no domain';
  const heading = pool.existing
    ? `${code(pool.id)}: existing pool ${code(pool.existing.id)}`
    : idAndName(pool.id, pool.name);
  return `### User pool ${heading}\n\n${plural(pool.providers.length, 'identity provider')}, ${plural(pool.clients.length, 'app client')}${where}: not shown in full.\n`;
}

/**
 * Where a stack's values were written (src/validate/assemble): its
 * environment, its tenant files, and `file:line` of a path. Without it (a
 * model alone), the review says only the stack's file.
 */
export interface ReviewOrigins {
  environment(stack: string): string | undefined;
  tenants(stack: string): readonly string[];
  place(stack: string, path: ReadonlyArray<string | number>): string | undefined;
}

function renderStack(model: Model, origins?: ReviewOrigins): string {
  const out = [`## Stack ${code(model.stack)}\n`];
  const tags = Object.entries(model.tags).map(([k, v]) => code(`${k}=${v}`));
  out.push(
    [
      `- File: ${code(model.file)}`,
      ...(origins?.environment(model.stack)
        ? [`- Environment: ${code(origins.environment(model.stack)!)}`]
        : []),
      ...(origins && origins.tenants(model.stack).length > 0
        ? [`- Tenant files: ${list(origins.tenants(model.stack).map(code))}`]
        : []),
      `- Region: ${code(model.region)}`,
      `- State: ${model.backend.kind === 's3' ? `S3 ${code(`s3://${model.backend.bucket}/${model.backend.key}`)} (${model.backend.region}${model.backend.useLockfile ? ', S3 lock file' : ''})` : 'local (no backend configured)'}`,
      `- Tags: ${list(tags)}`,
    ].join('\n') + '\n',
  );
  if (model.pools.length === 0) out.push('This stack declares no user pools.\n');
  // Its pools are sections of their own (reviewDocument).
  return out.join('\n');
}

/**
 * A pool as sections: its settings, each provider, each client, what to
 * register at each provider; joined, the pool's review. A pool with twenty
 * providers is 39 KB, so a comment shortens it part by part.
 */
function poolSections(model: Model, pool: Pool, origins?: ReviewOrigins): CommentSection[] {
  const notShown = (heading: string) => `${heading}: not shown in full.\n`;
  return [
    { full: renderPoolSettings(model, pool), short: poolSummary(pool) },
    // Headings stop at ####: GitHub renders ##### and ###### smaller than body text.
    ...pool.providers.map((provider) => ({
      full: renderProvider(
        provider,
        origins?.place(model.stack, ['userPools', pool.id, 'identityProviders', provider.name]),
      ),
      short: notShown(`#### Identity provider ${code(provider.name)}`),
    })),
    ...pool.clients.map((client) => ({
      full: renderClient(pool, client),
      short: notShown(`#### App client ${idAndName(client.id, client.name)}`),
    })),
    ...(pool.providers.length > 0 ? renderRegistration(pool) : []),
  ];
}

function renderPoolSettings(model: Model, pool: Pool): string {
  if (pool.existing)
    return [
      `### User pool ${code(pool.id)}: existing pool ${code(pool.existing.id)}, not managed by this stack\n`,
      existingPoolLines(model, pool),
    ].join('\n');
  const out = [`### User pool ${idAndName(pool.id, pool.name)}\n`];
  const signIn =
    pool.usernameAttributes.length > 0
      ? `username is ${pool.usernameAttributes.map(code).join(' or ')}`
      : 'users choose a username';
  const mfaMethods = [
    pool.mfa.totp ? 'TOTP' : '',
    pool.mfa.email ? 'email' : '',
    pool.mfa.sms ? 'SMS' : '',
  ].filter(Boolean);
  out.push(
    [
      `- Issuer: ${code(issuerUrl(model))}, where ${code(USER_POOL_ID)} is the pool's id: ${afterApply(poolIdOutput(pool))}`,
      `- Sign-in: ${signIn}; ${pool.caseSensitive ? 'case-sensitive' : 'case-insensitive'}`,
      `- MFA: ${pool.mfa.configuration.toLowerCase()}${mfaMethods.length ? ` (${mfaMethods.join(', ')})` : ''}`,
      `- Deletion protection: ${pool.deletionProtection ? 'on' : '**off**'}`,
      ...(pool.tier ? [`- Feature plan: ${pool.tier.toLowerCase()}`] : []),
      `- Custom attributes: ${list(pool.customAttributes.map(describeAttribute))}`,
      `- Domain: ${describeDomain(pool)}`,
      `- Resource servers: ${list(pool.resourceServers.map((rs) => `${code(rs.identifier)} (${text(rs.name)}): ${list(rs.scopes.map((s) => code(s.name)))}`))}`,
      ...(pool.providers.length === 0
        ? ['- Identity providers: none (users sign in with Cognito accounts only)']
        : []),
      ...(pool.clients.length === 0 ? ['- App clients: none'] : []),
    ].join('\n') + '\n',
  );
  // Its providers, clients and registration sheets are sections of their own (poolSections).
  return out.join('\n');
}

function describeAttribute(attribute: CustomAttribute): string {
  const details = [attribute.type, attribute.mutable ? 'mutable' : 'immutable'];
  if (attribute.stringConstraints)
    details.push(
      `${attribute.stringConstraints.minLength}–${attribute.stringConstraints.maxLength} characters`,
    );
  if (attribute.numberConstraints)
    details.push(
      `${attribute.numberConstraints.min ?? '…'}–${attribute.numberConstraints.max ?? '…'}`,
    );
  return `${code(`custom:${attribute.name}`)} (${details.join(', ')})`;
}

function describeDomain(pool: Pool): string {
  const domain = pool.domain;
  if (!domain) {
    return '**none**: the hosted endpoints (`/oauth2/authorize`, `/oauth2/idpresponse`, `/logout`) need a domain; add `domain.prefix` or `domain.custom` to this pool';
  }
  const kind =
    domain.kind === 'prefix'
      ? 'Cognito prefix domain'
      : `custom domain, certificate ${code(domain.certificateArn)}`;
  const ui = domain.managedLoginVersion === 2 ? 'managed login' : 'classic hosted UI';
  return `${code(domainBaseUrl(domain))} (${kind}; ${ui})`;
}

function renderProvider(provider: IdentityProvider, writtenIn?: string): string {
  const type = providerType(provider);
  const rows: string[][] = [
    ['Type', type.label],
    ...type.reviewRows(provider).map((row) => [row.label, cell(row.value)]),
    ...(writtenIn ? [['Written in', cellCode(writtenIn)]] : []),
  ];
  if (provider.pending) rows.unshift(['Status', PENDING_NOTE]);
  const mapping = Object.entries(provider.attributeMapping).map(([attribute, claim]) => [
    cellCode(attribute),
    cellCode(claim),
  ]);
  const mappingText =
    mapping.length > 0 ? table(['User pool attribute', 'IdP claim'], mapping) : 'none\n';
  return `#### Identity provider ${code(provider.name)}${provider.pending ? ' (pending)' : ''}\n\n${table(['Setting', 'Value'], rows)}\nAttribute mapping:\n\n${mappingText}`;
}

function renderClient(pool: Pool, client: Client): string {
  const v = client.tokenValidity;
  const rows: string[][] = [
    ['Client id', afterApply(clientIdOutput(pool, client), cellCode)],
    ['OAuth flows', list(client.oauthFlows.map(cellCode))],
    ['Scopes', list(client.oauthScopes.map(cellCode))],
    ['Identity providers', list(client.identityProviders.map(cellCode))],
    ['Callback URLs', list(client.callbackUrls.map(cellCode))],
    ['Logout URLs', list(client.logoutUrls.map(cellCode))],
    // client_credentials issues an access token only: no user, so no ID token and no refresh token.
    [
      'Token lifetimes',
      client.oauthFlows.includes('client_credentials')
        ? `access ${v.access.text} (client credentials: no ID or refresh token)`
        : `access ${v.access.text}, id ${v.id.text}, refresh ${v.refresh.text}`,
    ],
    [
      'Client secret',
      client.generateSecret ? 'generated by Cognito (confidential client)' : 'none (public client)',
    ],
    ['Auth flows', list(client.explicitAuthFlows.map(cellCode))],
  ];
  return `#### App client ${idAndName(client.id, client.name)}\n\n${table(['Setting', 'Value'], rows)}`;
}

/** What to register at each provider, one section each. */
function renderRegistration(pool: Pool): CommentSection[] {
  const domain = endpointDomain(pool);
  const alone = (text: string): CommentSection[] => [{ full: text, short: text }];
  if (!domain && pool.existing) {
    return alone(
      `#### What to register at the identity providers\n\nThe redirect URIs are on the existing pool's domain, which this file does not name: add \`existingDomain: <host>\` (the owner's domain) to see them here and in the stack outputs.\n`,
    );
  }
  if (!domain) {
    return alone(
      '#### What to register at the identity providers\n\nThis pool has no domain, so there is no redirect URI to register yet: the hosted endpoints need one. Add `domain.prefix` or `domain.custom` first.\n',
    );
  }
  const out: CommentSection[] = [];
  for (const provider of pool.providers) {
    const clients = clientsUsing(pool, provider.name);
    // An existing pool's id is known now; a pool this stack creates gets one at apply.
    const items = providerType(provider).registration(provider, {
      pool,
      domain,
      clients,
      clientId: () => CLIENT_ID,
      userPoolId: pool.existing?.id ?? USER_POOL_ID,
      loginHint: EMAIL,
    });
    const lines = [
      `#### What to register at ${code(provider.name)}${provider.pending ? ' (pending)' : ''}\n`,
    ];
    // Items that hold no per-client value are the provider's own; the per-client ones need a client that signs in.
    const own = items.filter((i) => !i.values.some((v) => v.client));
    for (const item of own) lines.push(...registrationLines(item));
    if (own.some((i) => i.values.some((v) => 'value' in v && v.value.includes(USER_POOL_ID)))) {
      lines.push(
        `- In these values, ${code(USER_POOL_ID)} is the pool's id: ${afterApply(poolIdOutput(pool))}.`,
      );
    }
    if (provider.pending) {
      lines.push(
        '- Pending: cogfed creates this provider once `pending: true` is removed; until then no app client may list it.',
      );
    } else if (clients.length === 0) {
      lines.push(
        '- No app client with the `code` or `implicit` flow lists this provider, so nobody can sign in through it yet.',
      );
    } else if (items.some((i) => i.values.some((v) => v.client))) {
      // (A SAML sheet has no per-client values: the IdP knows the pool, not its clients.)
      for (const item of items.filter((i) => i.values.some((v) => v.client)))
        lines.push(...registrationLines(item));
      const outputs = clients.map((c) => `${code(clientIdOutput(pool, c))} (client ${code(c.id)})`);
      lines.push(
        `- In these URLs, ${code(CLIENT_ID)} is the client's id, known after apply: stack output${outputs.length > 1 ? 's' : ''} ${outputs.join(', ')}.`,
      );
    }
    out.push({
      full: `${lines.join('\n')}\n`,
      short: `#### What to register at ${code(provider.name)}: not shown in full.\n`,
    });
  }
  return out;
}

/** A single value inline, several without clients as a list, per-client values nested. */
function registrationLines(item: RegistrationItem): string[] {
  if (!item.values.some((v) => v.client))
    return [
      `- ${item.label}: ${list(
        item.values.map((v) => ('value' in v ? code(v.value) : v.note)),
        item.none,
      )}`,
    ];
  return [
    `- ${item.label}:`,
    ...item.values.map(
      (v) => `  - client ${code(v.client ?? '')}: ${'value' in v ? code(v.value) : v.note}`,
    ),
  ];
}

const PENDING_NOTE =
  '**pending**: no Terraform resource yet (`pending: true`); its registration sheet is below, for the IdP administrator';

/** One value of a provider's review table. */
function cell(value: ReviewValue): string {
  if ('text' in value) return value.text;
  if ('code' in value) return cellCode(value.code);
  if ('codes' in value) return list(value.codes.map(cellCode), value.none);
  if ('pairs' in value) return list(value.pairs.map(([name, v]) => `${name} ${cellCode(v)}`));
  return describeSecret(value.secret, cellCode);
}

/** `id` alone when the name is the id (a client's default name), else `id` (`name`). */
function idAndName(id: string, name: string): string {
  return name === id ? code(id) : `${code(id)} (${code(name)})`;
}

/** A value that exists only after apply, and the stack output that will hold it. */
function afterApply(output: string, format: (value: string) => string = code): string {
  return `known after apply, stack output ${format(output)}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
