import { maskUserinfo } from '../../validate/userinfo';
import type { NodePath } from '../../load/diagnostic';
import type { Target } from '../../load/source';
import { HazardCode, hazardKind } from '../diff/hazard-codes';
import type { Hazard } from '../diff/hazards';
import { isObject } from '../diff/terraform';
import { RESOURCE_TYPES, YamlObject } from './addresses';
import { yamlPathOf } from './arguments';
import { PlanAttribute, showPlanValue as showValue } from './attributes';
import type { PlanEntry, StackPlanReport } from './report';

/**
 * Hazards judged from what Terraform will do, with the codes and severities
 * of `cogfed diff` (src/outputs/diff/hazard-codes.ts), plus what only a
 * plan shows: a change the YAML did not make (drift), a destroy that
 * prevent_destroy or AWS deletion protection stops, resources the YAML does
 * not describe, and a plan that was not made from these files.
 */
export function planHazards(stack: StackPlanReport): Hazard[] {
  const hazards: Hazard[] = [];
  const emit = (
    code: HazardCode,
    subject: string,
    where: { path: NodePath; target?: Target },
    message: string,
    hint: string,
  ) =>
    hazards.push({
      code,
      severity: hazardKind(code).severity,
      stack: stack.stack,
      file: stack.file,
      path: where.path,
      ...(where.target ? { target: where.target } : {}),
      // Messages quote the user's values (a state's key, a name): a URL's userinfo in them is never shown.
      subject: maskUserinfo(subject),
      message: maskUserinfo(message),
      hint: maskUserinfo(hint),
    });

  const entries = stack.entries.filter((e) => e.mode === 'managed');
  const poolIdOf = (e: PlanEntry) =>
    field(e.type === RESOURCE_TYPES.pool ? e.before : undefined, 'id');
  // Pools whose every child goes with them: a child's own hazard would repeat the pool's.
  const gonePools = new Set(
    entries
      .filter(
        (e) => e.type === RESOURCE_TYPES.pool && (e.action === 'replace' || e.action === 'destroy'),
      )
      .map(poolIdOf)
      .filter(Boolean),
  );
  const inGonePool = (e: PlanEntry) => gonePools.has(field(e.before, 'user_pool_id') ?? '');

  for (const entry of entries) {
    const object = entry.object;
    const at = object
      ? { path: object.path, target: 'key' as Target }
      : { path: ['userPools'] as NodePath, target: 'key' as Target };
    const forcing = entry.attributes.filter((a) => a.forcesReplacement);
    const why = forcing.length
      ? `Terraform: ${forcing.map(describe).join('; ')}`
      : entry.reason
        ? `Terraform: ${entry.reason}`
        : 'Terraform replaces it';
    const name = object?.label ?? entry.baseObject?.label ?? fallbackLabel(entry);
    const children = (what: string) =>
      entries.filter(
        (e) =>
          e !== entry &&
          field(e.before, 'user_pool_id') === poolIdOf(entry) &&
          (e.action === 'replace' || e.action === 'destroy') &&
          e.type === what,
      );

    switch (entry.type) {
      case RESOURCE_TYPES.pool: {
        if (entry.action !== 'replace' && entry.action !== 'destroy') {
          if (entry.action === 'update' && object) customAttributeHazards(entry, object, emit);
          break;
        }
        const users = field(entry.before, 'estimated_number_of_users');
        const userNote =
          users !== undefined && users !== null ? ` (about ${users} according to the state)` : '';
        const clients = children(RESOURCE_TYPES.client).map(
          (e) => e.object?.client?.id ?? e.address,
        );
        const providers = children(RESOURCE_TYPES['identity-provider']).map(
          (e) => e.object?.provider?.name ?? e.address,
        );
        const verb = entry.action === 'replace' ? 'recreated' : 'destroyed';
        const follow = [
          clients.length
            ? `its app clients (${clients.join(', ')}) are ${verb}${entry.action === 'replace' ? ' with new client ids' : ''}`
            : '',
          providers.length
            ? `its identity providers (${providers.join(', ')}) are ${verb}, so federated users lose their links`
            : '',
        ].filter(Boolean);
        const consequence = `every user in it${userNote} is deleted${follow.length ? `; ${follow.join('; ')}` : ''}`;
        if (entry.action === 'replace') {
          emit(
            'pool-replaced',
            object?.subject ?? entry.address,
            object && forcing[0] ? yamlPathOf(object, forcing[0].steps) : at,
            `${name} is replaced (${why}): Terraform destroys the pool and creates an empty one, so ${consequence}`,
            'revert the change; to make it anyway, create a new pool under a new key, migrate the users, then remove the old one; or accept with --accept pool-replaced',
          );
        } else {
          emit(
            'pool-destroyed',
            object?.subject ?? entry.baseObject?.subject ?? entry.address,
            at,
            `${name} is destroyed${object ? '' : ` (${entry.reason ?? 'not in the YAML'})`}: ${consequence}`,
            'restore the pool in the YAML, or accept with --accept pool-destroyed once its users are migrated',
          );
        }
        destroyGuards(entry, object, stack, emit, at);
        break;
      }
      case RESOURCE_TYPES['identity-provider']:
        if (!inGonePool(entry)) providerHazards(entry, entries, emit, at);
        break;
      case RESOURCE_TYPES.client:
        if (inGonePool(entry)) break;
        if (entry.action === 'replace') {
          const secret = forcing.find((a) => a.steps[0] === 'generate_secret');
          emit(
            'client-replaced',
            object?.subject ?? entry.address,
            object && secret ? { ...yamlPathOf(object, secret.steps) } : at,
            `${name} is replaced (${why}${entry.importId !== undefined ? '; the object is imported and then replaced' : ''}): it gets a new client id${secret ? ' and a new secret' : ''}, so every app configured with the old one breaks until it is updated`,
            'revert the change, or update every app with the new client id (stack output) when this is applied',
          );
        } else if (entry.action === 'destroy') {
          emit(
            'client-removed',
            object?.subject ?? entry.address,
            at,
            `${name} is destroyed (${entry.reason ?? 'Terraform destroys it'}): apps using its client id stop working`,
            'restore the client if an app still uses it',
          );
        }
        break;
      case RESOURCE_TYPES.domain:
        if (entry.action === 'replace' || entry.action === 'destroy') {
          const before = field(entry.before, 'domain');
          const after = field(entry.after, 'domain');
          const change =
            entry.action === 'replace'
              ? before !== after && after
                ? `its name changes from ${before} to ${after}`
                : why
              : `it is destroyed (${entry.reason ?? 'not in the YAML'})`;
          if (inGonePool(entry)) break;
          emit(
            'domain-changed',
            object?.subject ?? entry.address,
            object && entry.action === 'replace' && forcing[0]
              ? yamlPathOf(object, forcing[0].steps)
              : at,
            `the domain ${before ?? entry.address} is ${entry.action === 'replace' ? 'replaced' : 'removed'}: ${change}; every identity provider's registered redirect URI (https://${before}/oauth2/idpresponse, for a prefix domain under .auth.<region>.amazoncognito.com) must change, and the hosted sign-in pages are down between destroy and create`,
            'register the new redirect URI at every identity provider of the pool (cogfed review prints it) before this is applied',
          );
        }
        break;
      case RESOURCE_TYPES['resource-server']:
        if (
          entry.action === 'replace' &&
          !inGonePool(entry) &&
          forcing.some((a) => a.steps[0] === 'identifier')
        ) {
          const before = field(entry.before, 'identifier');
          const after = field(entry.after, 'identifier');
          emit(
            'resource-server-replaced',
            object?.subject ?? entry.address,
            object ? yamlPathOf(object, ['identifier']) : at,
            `${name} is replaced (identifier ${before} → ${after}): its scopes get new names (${before}/<scope> → ${after}/<scope>), so APIs that check the old names reject new tokens`,
            'update every API that checks these scopes, or keep the identifier',
          );
        }
        break;
      default:
        break;
    }

    if (entry.drift && object) driftHazard(entry, object, emit);
    if (!object) unknownHazard(entry, stack, emit);
  }

  if (stack.mismatch) {
    const { missing, differing } = stack.mismatch;
    const parts = [
      missing.length
        ? `the YAML compiles to ${list(missing)}, which the plan's configuration does not have`
        : '',
      differing.length
        ? `the plan's configuration differs from the YAML in ${list(differing.map((d) => `${d.address} (${d.attributes.join(', ')})`))}`
        : '',
    ].filter(Boolean);
    emit(
      'plan-mismatch',
      'configuration',
      { path: ['stack'], target: 'key' },
      `${stack.planFile} was not made from ${stack.file}: ${parts.join('; ')}; what this report maps to YAML lines may not be what the YAML says`,
      `plan again from this commit (cogfed synth, then terraform plan in cdktf.out/stacks/${stack.stack}), then run cogfed plan on the new plan`,
    );
  }
  return hazards;
}

type Emit = (
  code: HazardCode,
  subject: string,
  where: { path: NodePath; target?: Target },
  message: string,
  hint: string,
) => void;

/**
 * Guards against destroying a pool. prevent_destroy (cogfed writes it while
 * `deletionProtection` is on) makes Terraform refuse the plan: "Instance
 * cannot be destroyed", and the plan is saved as errored. Only a block in
 * the configuration counts: a pool removed from the YAML loses its
 * lifecycle with it (https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy).
 * AWS deletion protection (`deletion_protection = "ACTIVE"` in the state)
 * makes DeleteUserPool fail at apply with InvalidParameterException
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-deletion-protection.html),
 * after the resources destroyed before it are gone.
 */
function destroyGuards(
  entry: PlanEntry,
  object: YamlObject | undefined,
  stack: StackPlanReport,
  emit: Emit,
  at: { path: NodePath; target?: Target },
): void {
  const preventDestroy = object?.pool.deletionProtection === true;
  const active = field(entry.before, 'deletion_protection') === 'ACTIVE';
  if (!preventDestroy && !active) return;
  const verb = entry.action === 'replace' ? 'replace' : 'destroy';
  const guards = [
    preventDestroy
      ? `the YAML keeps deletionProtection on, so the pool has lifecycle.prevent_destroy and Terraform refuses to ${verb} it ("Instance cannot be destroyed")${stack.errored ? '; this plan stopped at that error and cannot be applied' : ''}`
      : '',
    active && preventDestroy
      ? 'even without that, deletion protection is ACTIVE on the pool in AWS (the state says so), and AWS would refuse to delete it'
      : '',
    active && !preventDestroy
      ? `deletion protection is ACTIVE on the pool in AWS (the state says so), so AWS refuses to delete it and the apply fails partway${entry.action === 'replace' && entry.order === 'create-first' ? ', after creating the new pool' : ''}, with other resources of the plan already changed`
      : '',
  ].filter(Boolean);
  emit(
    'pool-destroy-prevented',
    object?.subject ?? entry.baseObject?.subject ?? entry.address,
    object ? { path: [...object.path, 'deletionProtection'], target: 'key' } : at,
    `the plan wants to ${verb} ${object?.label ?? entry.baseObject?.label ?? fallbackLabel(entry)}, but ${guards.join('; ')}`,
    preventDestroy
      ? `if the pool must go: first apply a change that only sets deletionProtection: false, then this one (its users are deleted); otherwise revert the change that ${verb === 'replace' ? 'forces the replacement' : 'removes it'}`
      : 'if the pool must go: put it back in the YAML with deletionProtection: false and apply that first; otherwise restore it in the YAML',
  );
}

function providerHazards(
  entry: PlanEntry,
  entries: PlanEntry[],
  emit: Emit,
  at: { path: NodePath; target?: Target },
): void {
  const object = entry.object;
  const name = object?.provider?.name ?? field(entry.before, 'provider_name') ?? entry.address;
  const pool = object?.pool.id ?? 'the pool';
  if (entry.action === 'destroy') {
    // A provider destroyed while one with the same issuer and client id is created in the same pool: a rename.
    const details = (value: unknown) =>
      isObject(value) && isObject(value.provider_details) ? value.provider_details : {};
    const old = details(entry.before);
    const renamed = entries.find(
      (e) =>
        e.type === RESOURCE_TYPES['identity-provider'] &&
        e.action === 'create' &&
        details(e.after).oidc_issuer === old.oidc_issuer &&
        details(e.after).client_id === old.client_id &&
        (field(e.after, 'user_pool_id') === undefined ||
          field(e.after, 'user_pool_id') === field(entry.before, 'user_pool_id')),
    );
    if (renamed) {
      const newName =
        renamed.object?.provider?.name ?? field(renamed.after, 'provider_name') ?? renamed.address;
      emit(
        'idp-renamed',
        renamed.object ? `${renamed.object.pool.id}/${name}` : entry.address,
        renamed.object ? { path: renamed.object.path, target: 'key' } : at,
        `identity provider ${name} in pool ${renamed.object?.pool.id ?? pool} is renamed to ${newName} (Terraform destroys ${entry.address} and creates ${renamed.address}): users who signed in through ${name} (stored as ${name}_<subject>) lose their link, and their next sign-in creates a new user with a new sub`,
        `keep the name ${name}, or accept with --accept idp-renamed`,
      );
    } else {
      const identifiers = arrayField(entry.before, 'idp_identifiers');
      emit(
        'idp-removed',
        object?.subject ?? entry.address,
        at,
        `identity provider ${name} is destroyed (${entry.reason ?? 'Terraform destroys it'}): users linked to it lose their link and can no longer sign in through it${identifiers.length ? `, and the email domains ${identifiers.join(', ')} stop routing to it` : ''}`,
        'restore the provider, or accept with --accept idp-removed',
      );
    }
  } else if (entry.action === 'replace') {
    const forcing = entry.attributes.filter((a) => a.forcesReplacement);
    emit(
      'idp-replaced',
      object?.subject ?? entry.address,
      object && forcing[0] ? yamlPathOf(object, forcing[0].steps) : at,
      `identity provider ${name} in pool ${pool} is replaced (Terraform: ${forcing.map(describe).join('; ') || entry.reason || 'replace'}): users linked to it lose their link, and their next sign-in creates a new user with a new sub`,
      'revert the change, or accept with --accept idp-replaced',
    );
  } else if (entry.action === 'update') {
    const lost = arrayField(entry.before, 'idp_identifiers').filter(
      (id) => !arrayField(entry.after, 'idp_identifiers').includes(id),
    );
    if (lost.length > 0) {
      emit(
        'identifiers-removed',
        object?.subject ?? entry.address,
        object ? yamlPathOf(object, ['idp_identifiers']) : at,
        `identifiers ${lost.join(', ')} are removed from identity provider ${name} in pool ${pool}: users with those email domains no longer route to it`,
        'restore the identifiers if those customers still sign in through this provider',
      );
    }
  }
}

/**
 * Schema items Cognito cannot change: the provider plans the update, and the
 * apply fails with "cannot modify or remove schema items"
 * (docs/provider-evidence.md §3; https://github.com/hashicorp/terraform-provider-aws/issues/21654).
 */
function customAttributeHazards(entry: PlanEntry, object: YamlObject, emit: Emit): void {
  const items = (value: unknown) =>
    new Map(
      (isObject(value) && Array.isArray(value.schema) ? value.schema : [])
        .filter(isObject)
        .map((item) => [String(item.name), item]),
    );
  const before = items(entry.before);
  const after = items(entry.after);
  const pool = object.pool.id;
  for (const [name, item] of before) {
    const now = after.get(name);
    if (!now) {
      emit(
        'custom-attribute-removed',
        `${pool}/${name}`,
        { path: [...object.path, 'customAttributes'], target: 'key' },
        `custom attribute custom:${name} is removed from pool ${pool}: Terraform plans it as an update, but Cognito cannot remove a schema attribute and the apply fails with "cannot modify or remove schema items"`,
        'keep the attribute in the file (stop mapping or writing it instead)',
      );
      continue;
    }
    const changes = entry.attributes.filter((a) => a.steps[0] === 'schema' && a.steps[1] === name);
    if (changes.length === 0 && JSON.stringify(item) === JSON.stringify(now)) continue;
    emit(
      'custom-attribute-changed',
      `${pool}/${name}`,
      { path: [...object.path, 'customAttributes', name], target: 'key' },
      `custom attribute custom:${name} of pool ${pool} changes (${changes.map(describe).join('; ') || 'its definition'}): Terraform plans it as an update, but Cognito cannot modify a schema attribute and the apply fails with "cannot modify or remove schema items"`,
      'revert the change; to change an attribute, add a new one under a new name and migrate the values',
    );
  }
}

function driftHazard(entry: PlanEntry, object: YamlObject, emit: Emit): void {
  const drift = entry.drift!;
  const evidence = drift.evidence
    .map((e) =>
      e === 'refresh'
        ? "Terraform's refresh found the object changed outside Terraform"
        : 'the YAML at the base compiles to the same values',
    )
    .join(', and ');
  if (drift.deleted) {
    emit(
      'drift-reverted',
      object.subject,
      { path: object.path, target: 'key' },
      `${object.label} was deleted outside Terraform (${evidence}); the plan creates it again${object.kind === 'client' ? ', with a new client id' : object.kind === 'pool' ? ', empty: the users went with the deleted pool' : ''}`,
      'find out who deleted it and why before applying; the YAML did not ask for this',
    );
    return;
  }
  const first = entry.attributes.find((a) => drift.attributes.includes(a.path));
  emit(
    'drift-reverted',
    object.subject,
    first ? yamlPathOf(object, first.steps) : { path: object.path, target: 'key' },
    `the YAML did not change ${object.label}, yet the plan changes ${drift.attributes.join(', ')} (${evidence}): it was edited outside Terraform (console, CLI, another tool), and this apply reverts that edit to what the YAML says`,
    'if the outside edit is wanted, write it into the YAML; otherwise let the apply revert it, and tell whoever made it',
  );
}

function unknownHazard(entry: PlanEntry, stack: StackPlanReport, emit: Emit): void {
  if (entry.action === 'no-op' && entry.unknown !== 'configuration') return;
  if (
    entry.unknown === 'state' &&
    entry.action === 'destroy' &&
    entry.inBase !== false &&
    !isForeignType(entry.type)
  )
    return;
  const doing = {
    create: 'creates',
    update: 'updates',
    replace: 'replaces',
    destroy: 'destroys',
    read: 'reads',
    'no-op': 'keeps',
    forget: 'forgets',
  }[entry.action];
  const where =
    entry.unknown === 'configuration'
      ? `it is in the configuration Terraform read for stack ${stack.stack} but no YAML line produces it (a file added by hand next to cdk.tf.json, or a module)`
      : `it is in the state of stack ${stack.stack} but in no YAML${entry.inBase === false ? ', neither at the head nor at the base' : ''} (imported or created by hand, or by another tool sharing this state)`;
  emit(
    'unknown-resource',
    entry.address,
    { path: ['stack'], target: 'key' },
    `the plan ${doing} ${entry.address}, which the YAML does not describe: ${where}`,
    entry.unknown === 'configuration'
      ? 'describe it in the YAML if cogfed should manage it, or keep it out of the stack folder'
      : `if it must stay, move it out of this state (terraform state rm ${entry.address}, then import it where it belongs) before applying`,
  );
}

/** A name for an object the head YAML does not have: its address, and the AWS name the state records. */
function fallbackLabel(entry: PlanEntry): string {
  const aws =
    field(entry.before, 'name') ??
    field(entry.before, 'provider_name') ??
    field(entry.before, 'domain');
  const kind = {
    [RESOURCE_TYPES.pool]: 'user pool',
    [RESOURCE_TYPES.client]: 'app client',
    [RESOURCE_TYPES['identity-provider']]: 'identity provider',
    [RESOURCE_TYPES.domain]: 'domain',
  }[entry.type];
  return `${kind ? `${kind} ` : ''}${entry.address}${aws ? ` (${aws})` : ''}`;
}

/** A type cogfed never writes: no YAML change can be what removes it. */
function isForeignType(type: string): boolean {
  return !(Object.values(RESOURCE_TYPES) as string[]).includes(type);
}

function describe(attribute: PlanAttribute): string {
  if (attribute.sensitive)
    return `${attribute.path} (sensitive) changes${attribute.forcesReplacement ? ' and forces replacement' : ''}`;
  if (attribute.unknownAfter)
    return `${attribute.path} becomes known only after apply${attribute.forcesReplacement ? ', which forces replacement' : ''}`;
  const change = `${showValue(attribute.path, attribute.before)} → ${showValue(attribute.path, attribute.after)}`;
  return `${attribute.path} ${change}${attribute.forcesReplacement ? ' forces replacement' : ''}`;
}

export function field(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const v = value[key];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function arrayField(value: unknown, key: string): string[] {
  return isObject(value) && Array.isArray(value[key]) ? (value[key] as unknown[]).map(String) : [];
}

function list(items: string[], max = 5): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
