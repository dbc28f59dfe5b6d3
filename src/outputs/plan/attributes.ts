import { maskUserinfo } from '../../validate/userinfo';
import { isObject } from '../diff/terraform';
import type { PathStep, ResourceChange } from './plan-json';

/** One argument a plan changes. Values of sensitive arguments never get this far: only `sensitive` says one changed. */
export interface PlanAttribute {
  /** Terraform-style: `username_configuration[0].case_sensitive`, `schema[tenant_id].mutable`, `provider_details["client_secret"]`. */
  path: string;
  /** The same path as steps, items of a block list keyed by their `name` when they have one (`schema`, `tenant_id`, `mutable`). */
  steps: PathStep[];
  /** Absent: null or not set on that side. */
  before?: unknown;
  after?: unknown;
  /** Terraform knows the new value only after apply (an id of a replaced resource). */
  unknownAfter?: true;
  /** Marked sensitive by Terraform (a secret variable, a client secret): values withheld. */
  sensitive?: true;
  /** In Terraform's `replace_paths`. */
  forcesReplacement?: true;
}

/**
 * The arguments an update or replacement changes, leaf by leaf, from the
 * plan's own `before`, `after`, `after_unknown` and `*_sensitive` (which
 * share one shape: json-format "Change Representation"). A list of scalars is
 * one leaf (a set of URLs); a list of blocks is walked item by item, keyed by
 * `name` when every item has a distinct one, so a set whose items Terraform
 * reorders does not show every item as changed. Unknown values are listed
 * only where they force the replacement (a child's `user_pool_id` when its
 * pool is replaced): the rest (new ids, ARNs, dates) follow from the action.
 */
export function changedAttributes(change: ResourceChange): PlanAttribute[] {
  if (change.action !== 'update' && change.action !== 'replace' && change.action !== 'no-op')
    return [];
  const replace = change.replacePaths.map((path) =>
    logicalPath(path, change.after ?? change.before),
  );
  const out: PlanAttribute[] = [];
  const forces = (steps: PathStep[]) =>
    replace.some((r) => startsWith(steps, r.steps) || startsWith(r.steps, steps));

  const walk = (
    b: unknown,
    a: unknown,
    unknown: unknown,
    bs: unknown,
    as: unknown,
    steps: PathStep[],
    path: string,
  ): void => {
    b = b ?? undefined;
    a = a ?? undefined;
    if (unknown === true || (isScalarList(a) && containsTrue(unknown))) {
      if (forces(steps))
        out.push({
          path,
          steps,
          ...(b !== undefined && !isSensitive(bs) ? { before: b } : {}),
          unknownAfter: true,
          ...(isSensitive(bs) ? { sensitive: true } : {}),
          forcesReplacement: true,
        });
      return;
    }
    if (isSensitive(bs) || isSensitive(as)) {
      if (JSON.stringify(b) !== JSON.stringify(a))
        out.push({
          path,
          steps,
          sensitive: true,
          ...(forces(steps) ? { forcesReplacement: true } : {}),
        });
      return;
    }
    if (isObject(b) || isObject(a)) {
      const bo = isObject(b) ? b : {};
      const ao = isObject(a) ? a : {};
      for (const key of [...new Set([...Object.keys(bo), ...Object.keys(ao)])].sort()) {
        walk(
          bo[key],
          ao[key],
          child(unknown, key),
          child(bs, key),
          child(as, key),
          [...steps, key],
          member(path, key),
        );
      }
      return;
    }
    if (isBlockList(b) || isBlockList(a)) {
      const bl = Array.isArray(b) ? b : [];
      const al = Array.isArray(a) ? a : [];
      const bk = itemNames(bl);
      const ak = itemNames(al);
      if (bk && ak) {
        for (const name of [...new Set([...bk, ...ak])].sort()) {
          const bi = bk.indexOf(name);
          const ai = ak.indexOf(name);
          walk(
            bl[bi],
            al[ai],
            ai >= 0 ? child(unknown, ai) : undefined,
            bi >= 0 ? child(bs, bi) : undefined,
            ai >= 0 ? child(as, ai) : undefined,
            [...steps, name],
            `${path}[${name}]`,
          );
        }
      } else {
        for (let i = 0; i < Math.max(bl.length, al.length); i++)
          walk(
            bl[i],
            al[i],
            child(unknown, i),
            child(bs, i),
            child(as, i),
            [...steps, i],
            `${path}[${i}]`,
          );
      }
      return;
    }
    if (JSON.stringify(b) !== JSON.stringify(a)) {
      out.push({
        path,
        steps,
        ...(b !== undefined ? { before: b } : {}),
        ...(a !== undefined ? { after: a } : {}),
        ...(forces(steps) ? { forcesReplacement: true } : {}),
      });
    }
  };
  walk(
    change.before,
    change.after,
    change.afterUnknown,
    change.beforeSensitive,
    change.afterSensitive,
    [],
    '',
  );

  // A replace path that names nothing listed above (a value equal on both sides that Terraform still replaces for): list it as is.
  for (const r of replace) {
    if (
      !out.some(
        (attribute) => startsWith(attribute.steps, r.steps) || startsWith(r.steps, attribute.steps),
      )
    ) {
      out.push({ path: r.path, steps: r.steps, forcesReplacement: true });
    }
  }
  // A map key is user text (a tag key may quote a URL): the printed path masks its userinfo, as values are (showPlanValue).
  return out
    .map((a) => ({ ...a, path: maskUserinfo(a.path) }))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/**
 * A path of Terraform steps (`schema`, 0, `mutable`) as the walk above names
 * it: items of a keyed block list by name (`schema`, `tenant_id`, `mutable`;
 * `schema[tenant_id].mutable`).
 */
export function logicalPath(
  path: readonly PathStep[],
  value: unknown,
): { steps: PathStep[]; path: string } {
  const steps: PathStep[] = [];
  let text = '';
  let node = value;
  for (const step of path) {
    if (typeof step === 'number') {
      const names = Array.isArray(node) ? itemNames(node) : undefined;
      const name = names?.[step];
      steps.push(name ?? step);
      text += `[${name ?? step}]`;
      node = Array.isArray(node) ? node[step] : undefined;
    } else {
      steps.push(step);
      text = member(text, step);
      node = isObject(node) ? node[step] : undefined;
    }
  }
  return { steps, path: text };
}

/** `a` + `b` → `a.b`; map keys that are not identifiers are quoted: `provider_details["client_secret"]` stays `.client_secret`, `attribute_mapping["custom:tenant_id"]`. */
function member(path: string, key: string): string {
  if (path === '') return key;
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)
    ? `${path}.${key}`
    : `${path}[${JSON.stringify(key)}]`;
}

/** The `name` of each block of a list when all have a distinct one (the `schema` set), else undefined. An empty list is keyed. */
function itemNames(list: readonly unknown[]): string[] | undefined {
  if (!list.every((item) => isObject(item) && typeof item.name === 'string')) return undefined;
  const names = list.map((item) => (item as Record<string, unknown>).name as string);
  return new Set(names).size === names.length ? names : undefined;
}

function isBlockList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}

function isScalarList(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => !isObject(item) && !Array.isArray(item));
}

function child(value: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;
  return isObject(value) ? value[key] : undefined;
}

function containsTrue(value: unknown): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(containsTrue);
  if (isObject(value)) return Object.values(value).some(containsTrue);
  return false;
}

/** `before_sensitive` / `after_sensitive`: `true` marks a sensitive value; a structure marks some of its parts. */
function isSensitive(value: unknown): boolean {
  return value === true;
}

function startsWith(steps: readonly PathStep[], prefix: readonly PathStep[]): boolean {
  return prefix.length <= steps.length && prefix.every((step, i) => steps[i] === step);
}

/**
 * Arguments that hold a secret, by their last name. Terraform's own
 * sensitivity marks already withhold such values (above); this is the
 * fallback for a plan whose provider forgot to mark one. Narrower than
 * `cogfed diff`'s rule, so `password_policy` settings still show.
 */
const SECRET_ARGUMENT =
  /(^|[.[])"?(client_secret|password|secret_string|private_key|secret_key|access_key)"?\]?$/;

export function isSecretPath(path: string): boolean {
  return SECRET_ARGUMENT.test(path);
}

/** A value for a human: JSON, a secret argument as "(sensitive)", long values shortened. */
export function showPlanValue(path: string, value: unknown): string {
  if (value === undefined) return '(none)';
  if (isSecretPath(path) && value !== null) return '(sensitive)';
  const json = JSON.stringify(value);
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
}
