import type { NodePath } from '../../load/diagnostic';
import { isObject } from '../diff/terraform';
import { locate, SourceFile, Target } from '../../load/source';
import { RESOURCE_TYPES, YamlObject } from './addresses';
import { yamlPathOf } from './arguments';
import { changedAttributes } from './attributes';
import type { ResourceChange, TerraformPlan } from './plan-json';
import type { PlanEntry, YamlLocation } from './report';

/**
 * Terraform's `action_reason` values (json-format, "Resource Changes"), in
 * words. Terraform adds values over time; an unknown one is shown as is.
 */
const REASONS: Record<string, string> = {
  replace_because_tainted: 'the object is tainted (a failed create, or terraform taint)',
  replace_because_cannot_update: 'an argument that cannot be updated in place changes',
  replace_by_request: 'replacement was requested (-replace)',
  replace_by_triggers: 'replace_triggered_by fired',
  delete_because_no_resource_config: 'it is in the state but no longer in the configuration',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_wrong_repetition: 'count or for_each changed how it repeats',
  delete_because_count_index: 'its count index is out of range',
  delete_because_each_key: 'its for_each key is gone',
  delete_because_no_move_target: 'the target of its moved block does not exist',
  read_because_config_unknown: 'its arguments are known only during apply',
  read_because_dependency_pending: 'it depends on a change that is not applied yet',
  read_because_check_nested: 'a check block reads it',
};

export function reasonText(reason: string): string {
  return REASONS[reason] ?? reason;
}

export interface EntryContext {
  plan: TerraformPlan;
  /** What the head YAML produces, by address. */
  objects: ReadonlyMap<string, YamlObject>;
  /** What the base YAML produces (with `--base`). */
  baseObjects?: ReadonlyMap<string, YamlObject>;
  source: SourceFile;
  file: string;
}

/** Every resource instance of the plan, mapped back to its YAML node. */
export function buildEntries(context: EntryContext): PlanEntry[] {
  const entries = context.plan.changes.map((change) => entry(change, context));
  explainCascades(entries);
  return entries.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/**
 * Say why a replacement happens in the reader's terms: which arguments
 * cannot be updated in place, or, for an object whose only forcing argument
 * is a `user_pool_id` that becomes unknown, that its user pool is replaced.
 */
function explainCascades(entries: PlanEntry[]): void {
  const replacedPools = new Map(
    entries
      .filter((e) => e.type === RESOURCE_TYPES.pool && e.action === 'replace')
      .map((e) => [idOf(e.before), e.address] as const)
      .filter(([id]) => id !== undefined),
  );
  for (const entry of entries) {
    if (entry.action !== 'replace') continue;
    const forcing = entry.attributes.filter((a) => a.forcesReplacement);
    if (forcing.length === 0) continue;
    const pool =
      isObject(entry.before) && typeof entry.before.user_pool_id === 'string'
        ? replacedPools.get(entry.before.user_pool_id)
        : undefined;
    if (pool && forcing.every((a) => a.unknownAfter))
      entry.reason = `its user pool ${pool} is replaced (user_pool_id cannot be updated in place)`;
    else entry.reason = `${forcing.map((a) => a.path).join(', ')} cannot be updated in place`;
  }
}

function idOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

function entry(change: ResourceChange, context: EntryContext): PlanEntry {
  // A deposed object (left by a failed create-before-destroy) is an older instance of the same YAML object.
  const object =
    change.moduleAddress === undefined ? context.objects.get(change.address) : undefined;
  const attributes = changedAttributes(change);
  const inConfiguration =
    context.plan.configured.has(change.address) || change.moduleAddress !== undefined;
  const base = context.baseObjects?.get(change.address);
  const forcing = attributes.find((a) => a.forcesReplacement);
  return {
    address: change.address,
    ...(change.previousAddress ? { movedFrom: change.previousAddress } : {}),
    ...(change.deposed ? { deposed: change.deposed } : {}),
    mode: change.mode,
    type: change.type,
    action: change.action,
    ...(change.order ? { order: change.order } : {}),
    ...(change.actionReason ? { reason: reasonText(change.actionReason) } : {}),
    ...(change.importing ? { importId: change.importing.id ?? '' } : {}),
    attributes,
    before: redact(change.before, change.beforeSensitive),
    after: redact(change.after, change.afterSensitive),
    ...(object
      ? {
          object,
          location: locationOf(
            context,
            forcing && change.action === 'replace'
              ? yamlPathOf(object, forcing.steps)
              : { path: object.path, target: 'key' },
          ),
        }
      : {}),
    ...(object ? {} : { unknown: inConfiguration ? 'configuration' : 'state' }),
    ...(context.baseObjects ? { inBase: base !== undefined } : {}),
    ...(!object && base ? { baseObject: base } : {}),
  };
}

/** A value with each part its sensitivity mask marks (`true`) replaced: secrets never reach the report. */
export function redact(value: unknown, mask: unknown): unknown {
  if (mask === true) return value === null || value === undefined ? value : SENSITIVE;
  if (Array.isArray(value))
    return value.map((item, i) => redact(item, Array.isArray(mask) ? mask[i] : undefined));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        redact(v, isObject(mask) ? mask[key] : undefined),
      ]),
    );
  return value;
}

export const SENSITIVE = '(sensitive)';

export function locationOf(
  context: { source: SourceFile; file: string },
  where: { path: NodePath; target: Target },
): YamlLocation {
  const span = locate(context.source, where.path, where.target);
  return {
    file: context.file,
    line: span.start.line,
    col: span.start.col,
    end: span.end,
    pointer: where.path.join('.'),
  };
}
