import { entriesOf, isObject, TerraformJson } from '../diff/terraform';
import type { TerraformPlan } from './plan-json';

/**
 * Whether the plan was made from these files: the plan's `configuration`
 * (the blocks Terraform read, as expressions) against the stack the YAML
 * compiles to. A plan of another commit, or a hand-edited cdk.tf.json,
 * shows changes the YAML does not ask for; the report says so instead of
 * mapping them to YAML lines that say something else.
 *
 * Expressions (json-format, "Expression Representation") hold a literal as
 * `constant_value`, a reference as `references` (and, for the JSON syntax
 * cdktf writes, the template string as `constant_value` too); nested blocks
 * are lists of objects of expressions. cdk.tf.json writes a single block as
 * an object: it is compared as a one-item list.
 */
export interface ConfigurationMismatch {
  /** Addresses the YAML compiles to that the plan's configuration lacks. */
  missing: string[];
  /** Addresses whose arguments differ, and which top-level arguments. */
  differing: Array<{ address: string; attributes: string[] }>;
}

/** Meta-arguments: they shape how Terraform handles a block, not the object (`lifecycle` is not in the plan's configuration). */
const META = new Set(['lifecycle', 'depends_on', 'provider', 'count', 'for_each']);

export function compareConfiguration(
  plan: TerraformPlan,
  compiled: TerraformJson,
): ConfigurationMismatch | undefined {
  const missing: string[] = [];
  const differing: Array<{ address: string; attributes: string[] }> = [];
  for (const entry of entriesOf(compiled).values()) {
    if (entry.kind !== 'resource' && entry.kind !== 'data') continue;
    const configured = plan.configured.get(entry.address);
    if (!configured) {
      missing.push(entry.address);
      continue;
    }
    const keys = [...new Set([...Object.keys(entry.body), ...Object.keys(configured.expressions)])]
      .filter((k) => !META.has(k))
      .sort();
    const attributes = keys.filter((key) => {
      const planned =
        key in configured.expressions ? expressionValue(configured.expressions[key]) : undefined;
      return canonical(shapeLike(entry.body[key], planned)) !== canonical(planned);
    });
    if (attributes.length > 0) differing.push({ address: entry.address, attributes });
  }
  return missing.length || differing.length ? { missing, differing } : undefined;
}

/** An expression as the value it stands for; a non-literal expression as its references. */
export function expressionValue(expression: unknown): unknown {
  if (Array.isArray(expression)) return expression.map(expressionValue);
  if (!isObject(expression)) return expression;
  if ('constant_value' in expression) return expression.constant_value;
  if ('references' in expression) return { references: expression.references };
  // A nested block: its arguments are expressions in turn.
  return Object.fromEntries(
    Object.entries(expression).map(([key, value]) => [key, expressionValue(value)]),
  );
}

/** The compiled value in the plan's shape: a block written as one object becomes a one-item list where the plan has a list. */
function shapeLike(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && isObject(value)) return [shapeLike(value, shape[0])];
  if (Array.isArray(shape) && Array.isArray(value))
    return value.map((item, i) => shapeLike(item, shape[i]));
  if (isObject(shape) && isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, shapeLike(v, shape[key])]),
    );
  return value;
}

/** JSON with sorted keys: the same value always gives the same text. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  return value;
}
