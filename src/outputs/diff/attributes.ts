import { maskUserinfo } from '../../validate/userinfo';
import { isObject } from './terraform';

/** One argument that differs between the base and the head. `undefined` = absent on that side. */
export interface AttributeChange {
  /** Terraform-style path: `username_configuration[0].case_sensitive`, `provider_details["client_id"]`, `schema[tenant_id].mutable`. */
  path: string;
  before?: unknown;
  after?: unknown;
  /** This change (or a reference it holds to a replaced resource) forces the resource to be replaced. */
  forcesReplacement?: boolean;
  /** Why, in words: the replacement rule or the replaced resource it refers to. */
  reason?: string;
}

/**
 * Leaves of a block's arguments, keyed by path. A list of scalars is one leaf
 * (it is one argument); a list of blocks is walked item by item, keyed by the
 * item's `name` when every item has a distinct one (`schema[tenant_id]`), so
 * adding an item does not show every later item as changed.
 */
export function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (v.length === 0 || v.every((item) => !isObject(item) && !Array.isArray(item))) {
        out.set(path, v);
        return;
      }
      const names = v.map((item) =>
        isObject(item) && typeof item.name === 'string' ? item.name : undefined,
      );
      const keyed = names.every((n) => n !== undefined) && new Set(names).size === names.length;
      v.forEach((item, i) => walk(item, `${path}[${keyed ? names[i] : i}]`));
    } else if (isObject(v)) {
      const keys = Object.keys(v).sort();
      if (keys.length === 0 && path) out.set(path, v);
      for (const key of keys)
        walk(
          v[key],
          path
            ? /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)
              ? `${path}.${key}`
              : `${path}[${JSON.stringify(key)}]`
            : key,
        );
    } else out.set(path, v);
  };
  walk(value, prefix);
  return out;
}

/** The changed leaves of two blocks, sorted by path. */
export function diffAttributes(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AttributeChange[] {
  const a = leaves(before);
  const b = leaves(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: AttributeChange[] = [];
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (!sameValue(x, y))
      changes.push({
        // A map key is user text (a tag key may quote a URL): its userinfo is masked as values are (showValue).
        path: maskUserinfo(path),
        ...(x !== undefined ? { before: x } : {}),
        ...(y !== undefined ? { after: y } : {}),
      });
  }
  return changes;
}

/** The path with item keys and map keys removed: `username_configuration[0].case_sensitive` → `username_configuration.case_sensitive`. */
export function schemaPath(path: string): string {
  return path.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Arguments whose literal value must never be printed. cogfed writes only references there; a literal is shown as `(sensitive)` all the same. */
const SENSITIVE = /client_secret|password|private_key|secret_string/i;

/** A value for a human: JSON, references kept as written, literals of sensitive arguments hidden, long values shortened. */
export function showValue(path: string, value: unknown): string {
  if (value === undefined) return '(none)';
  if (SENSITIVE.test(path) && !isReferenceOnly(value)) return '(sensitive)';
  // A URL's user name or password is never shown, wherever the value sits (a description may quote one).
  const json = maskUserinfo(JSON.stringify(value));
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
}

/** A value for a machine: as written, with any URL's userinfo masked (see showValue). */
export function safeValue(path: string, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (SENSITIVE.test(path) && !isReferenceOnly(value)) return '(sensitive)';
  return JSON.parse(maskUserinfo(JSON.stringify(value)));
}

function isReferenceOnly(value: unknown): boolean {
  if (typeof value === 'string') return /^\$\{[^}]*\}$/.test(value);
  if (typeof value === 'boolean' || value === null) return true;
  if (Array.isArray(value)) return value.every(isReferenceOnly);
  return false;
}
