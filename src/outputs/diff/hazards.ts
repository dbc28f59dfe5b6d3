// The compile stage's naming (no CDKTF in that module): the addresses hazards look up are the ones synth writes.
import { address } from '../../model/addresses';
import type { NodePath } from '../../load/diagnostic';
import type { SourceFile, Target } from '../../load/source';
import type { CustomAttribute, Model, OidcProvider, Pool } from '../../model/model';
import { domainBaseUrl, idpResponseUrl } from '../../model/endpoints';
import { AttributeChange, showValue } from './attributes';
import type { EntryChange } from './compare';
import { HazardCode, HazardSeverity, hazardKind } from './hazard-codes';
import type { TerraformJson } from './terraform';

/** One side of a stack: the model, its synthesized JSON, and the file it came from. */
export interface StackSide {
  model: Model;
  json: TerraformJson;
  /** The file as the user names it (relative to where cogfed runs). */
  file: string;
  /** Head side only: the parsed YAML, to point annotations at a line. */
  source?: SourceFile;
}

export interface StackPair {
  stack: string;
  base?: StackSide;
  head?: StackSide;
  changes: EntryChange[];
  /** For a removed stack: the stack that took its file's place, if any (a renamed `stack:`). */
  renamedTo?: string;
}

export interface Hazard {
  code: HazardCode;
  severity: HazardSeverity;
  stack: string;
  /** The head file, or the base file for a stack that is gone. */
  file: string;
  /** YAML path in the head file of the node the change is about (the nearest node that still exists). */
  path: NodePath;
  target?: Target;
  /** What the hazard is about, stable across edits (`customers`, `customers/ScalekitIdPRouter`): with the code, the hazard's identity. */
  subject: string;
  message: string;
  hint: string;
}

/** Every hazard of one stack, in a stable order (by pool, then kind). */
export function detectHazards(pair: StackPair): Hazard[] {
  const hazards: Hazard[] = [];
  const { base, head } = pair;
  if (!base) return hazards;
  const emit: Emit = (code, subject, path, message, hint, target) =>
    hazards.push({ code, severity: hazardKind(code).severity, stack: pair.stack, file: head?.file ?? base.file, path, ...(target ? { target } : {}), subject, message, hint });

  if (!head) {
    const cause = pair.renamedTo ? `the stack is renamed to ${pair.renamedTo}, which starts from a new, empty state` : `stack ${pair.stack} is no longer in the configuration`;
    for (const pool of base.model.pools) {
      emit('pool-destroyed', pool.id, [], `user pool ${pool.id} (${pool.name}) is destroyed when stack ${pair.stack} is: ${cause}; every user in pool ${pool.id} is deleted${protectionNote(pool)}`, 'keep the stack (restore the file), or accept with --accept pool-destroyed once the users are migrated', 'key');
    }
    return hazards;
  }

  const changes = new Map(pair.changes.map((c) => [c.address, c]));
  const backend = changes.get('terraform.backend');
  if (backend) {
    emit('backend-changed', 'backend', ['backend'], `the state of stack ${pair.stack} moves (${backend.attributes.map(describeChange).join('; ')}): unless the state is migrated first (terraform init -migrate-state), Terraform starts from an empty state and creates every resource again`, 'migrate the state before this is applied (cdktf deploy --migrate-state, or terraform init -migrate-state), or revert the backend change', 'key');
  }

  const basePools = byKey(base.model.pools, (p) => p.id);
  const headPools = byKey(head.model.pools, (p) => p.id);
  const removed = base.model.pools.filter((p) => !headPools.has(p.id));
  const added = head.model.pools.filter((p) => !basePools.has(p.id));
  const renamedPools = pairRenamedPools(removed, added);
  for (const [before, after] of renamedPools) {
    emit(
      'pool-replaced',
      before.id,
      ['userPools', after.id],
      `user pool key renamed from ${before.id} to ${after.id}: the key names every Terraform address, so Terraform destroys pool ${before.id} (${before.name}) and creates ${after.id}; every user in pool ${before.id} is deleted${protectionNote(before)}`,
      `keep the key ${before.id} (to rename the pool in AWS, change its \`name\`, which updates in place), or accept with --accept pool-replaced`,
      'key',
    );
  }
  for (const pool of removed.filter((p) => !renamedPools.some(([b]) => b === p))) {
    emit('pool-destroyed', pool.id, ['userPools'], `user pool ${pool.id} (${pool.name}) is removed from stack ${pair.stack}: Terraform destroys it, and every user in pool ${pool.id} is deleted${protectionNote(pool)}`, 'restore the pool, or accept with --accept pool-destroyed once its users are migrated', 'key');
  }

  for (const after of head.model.pools) {
    const before = basePools.get(after.id);
    if (!before) continue;
    const poolChange = changes.get(`aws_cognito_user_pool.${address.pool(after)}`);
    if (poolChange?.action === 'replace' || poolChange?.action === 'destroy') {
      const forcing = poolChange.attributes.filter((c) => c.forcesReplacement);
      const children = [
        after.clients.length ? `its app clients (${after.clients.map((c) => c.id).join(', ')}) get new client ids` : '',
        after.providers.length ? `its identity providers (${after.providers.map((p) => p.name).join(', ')}) are recreated` : '',
      ].filter(Boolean);
      emit(
        'pool-replaced',
        after.id,
        poolConfigPath(after, forcing[0]),
        `user pool ${after.id} (${after.name}) is replaced: ${forcing.map(describeChange).join('; ')}, which forces a new pool; Terraform destroys pool ${after.id}, so every user in it is deleted${children.length ? `, and ${children.join(' and ')}` : ''}${protectionNote(before)}`,
        'revert the change; to make it anyway, create a new pool under a new key, migrate the users, then remove the old one; or accept with --accept pool-replaced',
      );
      continue; // everything in a replaced pool is replaced with it; the pool's hazard says so
    }
    poolHazards(before, after, changes, emit);
  }
  return hazards;
}

type Emit = (code: HazardCode, subject: string, path: NodePath, message: string, hint: string, target?: Target) => void;

/** Hazards inside a pool that survives the change. */
function poolHazards(before: Pool, after: Pool, changes: Map<string, EntryChange>, emit: Emit): void {
  const at = (...path: Array<string | number>): NodePath => ['userPools', after.id, ...path];

  // Identity providers: renamed, removed, replaced, identifiers removed.
  const headProviders = byKey(after.providers, (p) => p.name);
  const baseProviders = byKey(before.providers, (p) => p.name);
  const gone = before.providers.filter((p) => !headProviders.has(p.name));
  const fresh = after.providers.filter((p) => !baseProviders.has(p.name));
  const renames = new Map<OidcProvider, OidcProvider>();
  for (const old of gone) {
    const match = fresh.find((p) => p.issuer === old.issuer && p.clientId === old.clientId && ![...renames.values()].includes(p));
    if (match) renames.set(old, match);
  }
  for (const old of gone) {
    const renamed = renames.get(old);
    if (renamed) {
      emit(
        'idp-renamed',
        `${after.id}/${old.name}`,
        at('identityProviders', renamed.name),
        `identity provider ${old.name} in pool ${after.id} is renamed to ${renamed.name}: Cognito deletes ${old.name} and creates ${renamed.name}; users who signed in through ${old.name} (stored as ${old.name}_<subject>) lose their link, and their next sign-in creates a new user with a new sub`,
        `keep the name ${old.name}, or accept with --accept idp-renamed`,
        'key',
      );
      identifierHazard(old, renamed, after, at, emit);
    } else {
      const domains = old.identifiers.length ? `, and the email domains ${old.identifiers.join(', ')} stop routing to it` : '';
      emit(
        'idp-removed',
        `${after.id}/${old.name}`,
        at('identityProviders'),
        `identity provider ${old.name} is removed from pool ${after.id}: users linked to it lose their link and can no longer sign in through it${domains}`,
        'restore the provider, or accept with --accept idp-removed',
        'key',
      );
    }
  }
  for (const provider of after.providers) {
    const old = baseProviders.get(provider.name);
    if (!old) continue;
    const change = changes.get(`aws_cognito_identity_provider.${address.provider(after, provider)}`);
    if (change?.action === 'replace') {
      emit(
        'idp-replaced',
        `${after.id}/${provider.name}`,
        at('identityProviders', provider.name),
        `identity provider ${provider.name} in pool ${after.id} is replaced (${change.attributes.filter((c) => c.forcesReplacement).map(describeChange).join('; ')}): users linked to it lose their link, and their next sign-in creates a new user with a new sub`,
        'revert the change, or accept with --accept idp-replaced',
        'key',
      );
    }
    identifierHazard(old, provider, after, at, emit);
  }

  // App clients: replaced or removed.
  const headClients = byKey(after.clients, (c) => c.id);
  for (const client of before.clients) {
    if (!headClients.has(client.id)) {
      emit('client-removed', `${after.id}/${client.id}`, at('clients'), `app client ${client.id} (${client.name}) is removed from pool ${after.id}: apps using its client id stop working`, 'restore the client if an app still uses it', 'key');
    }
  }
  for (const client of after.clients) {
    if (!before.clients.some((c) => c.id === client.id)) continue;
    const change = changes.get(`aws_cognito_user_pool_client.${address.client(after, client)}`);
    if (change?.action === 'replace') {
      const forcing = change.attributes.filter((c) => c.forcesReplacement);
      emit(
        'client-replaced',
        `${after.id}/${client.id}`,
        forcing.some((c) => c.path === 'generate_secret') ? at('clients', client.id, 'generateSecret') : at('clients', client.id),
        `app client ${client.id} (${client.name}) in pool ${after.id} is replaced (${forcing.map(describeChange).join('; ')}): it gets a new client id, so every app configured with the old one breaks until it is updated`,
        'revert the change, or update every app with the new client id (stack output) when this is applied',
        forcing.some((c) => c.path === 'generate_secret') ? 'value' : 'key',
      );
    }
  }

  // Domain: every IdP registered the old redirect URI.
  if (before.domain && before.domain.host !== after.domain?.host) {
    const message = after.domain
      ? `the domain of pool ${after.id} changes from ${before.domain.host} to ${after.domain.host}: every identity provider's registered redirect URI must change from ${idpResponseUrl(before.domain)} to ${idpResponseUrl(after.domain)}, and the apps' sign-in and sign-out URLs change with it`
      : `pool ${after.id} loses its domain ${before.domain.host}: the hosted endpoints (${idpResponseUrl(before.domain)}, ${domainBaseUrl(before.domain)}/oauth2/authorize, ${domainBaseUrl(before.domain)}/logout) stop working, and federated sign-in with them`;
    emit('domain-changed', after.id, at('domain'), message, 'register the new redirect URI at every identity provider of the pool (cogfed review prints it) before this is applied', 'key');
  }

  // Custom attributes: Cognito cannot modify or remove them.
  const headAttributes = byKey(after.customAttributes, (a) => a.name);
  for (const attribute of before.customAttributes) {
    const now = headAttributes.get(attribute.name);
    if (!now) {
      emit(
        'custom-attribute-removed',
        `${after.id}/${attribute.name}`,
        at('customAttributes'),
        `custom attribute custom:${attribute.name} is removed from pool ${after.id}: Cognito cannot remove a schema attribute; the plan looks like a harmless update, but the apply fails with "cannot modify or remove schema items"`,
        'keep the attribute in the file (stop mapping or writing it instead)',
        'key',
      );
      continue;
    }
    const differences = attributeDifferences(attribute, now);
    if (differences.length > 0) {
      emit(
        'custom-attribute-changed',
        `${after.id}/${attribute.name}`,
        at('customAttributes', attribute.name),
        `custom attribute custom:${attribute.name} of pool ${after.id} changes (${differences.join('; ')}): Cognito cannot modify a schema attribute; the plan looks like a harmless update, but the apply fails with "cannot modify or remove schema items"`,
        'revert the change; to change an attribute, add a new one under a new name and migrate the values',
        'key',
      );
    }
  }

  // Resource servers: a new identifier renames every scope.
  for (const rs of after.resourceServers) {
    const old = before.resourceServers.find((r) => r.id === rs.id);
    if (!old || old.identifier === rs.identifier) continue;
    if (changes.get(`aws_cognito_resource_server.${address.resourceServer(after, rs)}`)?.action !== 'replace') continue;
    emit(
      'resource-server-replaced',
      `${after.id}/${rs.id}`,
      at('resourceServers', rs.id, 'identifier'),
      `resource server ${rs.id} in pool ${after.id} is replaced (identifier ${old.identifier} → ${rs.identifier}): its scopes get new names (${old.identifier}/<scope> → ${rs.identifier}/<scope>), so APIs that check the old names reject new tokens`,
      'update every API that checks these scopes, or keep the identifier',
    );
  }
}

function identifierHazard(before: OidcProvider, after: OidcProvider, pool: Pool, at: (...path: Array<string | number>) => NodePath, emit: Emit): void {
  const lost = before.identifiers.filter((id) => !after.identifiers.includes(id));
  if (lost.length === 0) return;
  const movedTo = lost
    .map((id) => ({ id, to: pool.providers.find((p) => p.name !== after.name && p.identifiers.includes(id)) }))
    .filter((m) => m.to)
    .map((m) => `${m.id} now routes to ${m.to!.name}`);
  emit(
    'identifiers-removed',
    `${pool.id}/${after.name}`,
    at('identityProviders', after.name, 'identifiers'),
    `identifiers ${lost.join(', ')} are removed from identity provider ${after.name} in pool ${pool.id}: users with those email domains no longer route to ${after.name}${movedTo.length ? ` (${movedTo.join('; ')})` : ''}`,
    'restore the identifiers if those customers still sign in through this provider',
    'key',
  );
}

/**
 * Which removed pool became which added pool: same AWS name, else same
 * domain, else the only one of each. A pair is a rename (destroy + create).
 */
function pairRenamedPools(removed: readonly Pool[], added: readonly Pool[]): Array<[Pool, Pool]> {
  const pairs: Array<[Pool, Pool]> = [];
  const left = [...removed];
  const right = [...added];
  const take = (match: (a: Pool, b: Pool) => boolean) => {
    for (const a of [...left]) {
      const b = right.find((candidate) => match(a, candidate));
      if (!b) continue;
      pairs.push([a, b]);
      left.splice(left.indexOf(a), 1);
      right.splice(right.indexOf(b), 1);
    }
  };
  take((a, b) => a.name === b.name);
  take((a, b) => a.domain !== undefined && a.domain.host === b.domain?.host);
  if (left.length === 1 && right.length === 1) pairs.push([left[0], right[0]]);
  return pairs;
}

/** The YAML node behind a replacing pool argument. */
function poolConfigPath(pool: Pool, change: AttributeChange | undefined): NodePath {
  const path = change?.path ?? '';
  if (path === 'region') return ['aws', 'region'];
  if (path.startsWith('username_attributes')) return ['userPools', pool.id, 'signIn', 'usernameAttributes'];
  if (path.startsWith('username_configuration')) return ['userPools', pool.id, 'signIn', 'caseSensitive'];
  if (path.startsWith('alias_attributes')) return ['userPools', pool.id, 'signIn'];
  return ['userPools', pool.id];
}

function protectionNote(pool: Pool): string {
  return pool.deletionProtection
    ? ' (deletion protection is on: Terraform\'s prevent_destroy and AWS both refuse to delete the pool until a change that only sets deletionProtection: false has been applied)'
    : '';
}

function describeChange(change: AttributeChange): string {
  if (change.before !== undefined && change.after !== undefined && JSON.stringify(change.before) === JSON.stringify(change.after)) {
    return `${change.path} ${change.reason ?? 'is known only after apply'}`;
  }
  return `${change.path} ${showValue(change.path, change.before)} → ${showValue(change.path, change.after)}`;
}

function attributeDifferences(a: CustomAttribute, b: CustomAttribute): string[] {
  const out: string[] = [];
  if (a.type !== b.type) out.push(`type ${a.type} → ${b.type}`);
  if (a.mutable !== b.mutable) out.push(`mutable ${a.mutable} → ${b.mutable}`);
  const sa = a.stringConstraints;
  const sb = b.stringConstraints;
  if (sa && sb && sa.minLength !== sb.minLength) out.push(`minLength ${sa.minLength} → ${sb.minLength}`);
  if (sa && sb && sa.maxLength !== sb.maxLength) out.push(`maxLength ${sa.maxLength} → ${sb.maxLength}`);
  const na = a.numberConstraints ?? {};
  const nb = b.numberConstraints ?? {};
  if (a.type === b.type && na.min !== nb.min) out.push(`min ${na.min ?? 'none'} → ${nb.min ?? 'none'}`);
  if (a.type === b.type && na.max !== nb.max) out.push(`max ${na.max ?? 'none'} → ${nb.max ?? 'none'}`);
  return out;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}
