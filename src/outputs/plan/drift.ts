import { entriesOf, Entry, isObject, TerraformJson } from '../diff/terraform';
import { changedAttributes, PlanAttribute } from './attributes';
import { canonical } from './configuration';
import type { PathStep, TerraformPlan } from './plan-json';
import type { DriftFinding, PlanEntry } from './report';

/**
 * Which of a plan's changes revert an edit made outside Terraform (someone
 * changed a client in the console), rather than carry out a change of the
 * YAML. A plan alone cannot tell the two apart: `before` is the state (or
 * the refreshed object) and `after` is the configuration, whichever of them
 * moved. Two pieces of evidence can:
 *
 * 1. `refresh`: a refreshing plan lists in `resource_drift` each object whose
 *    real value differs from the state ("Objects have changed outside of
 *    Terraform"; json-format, `resource_drift`). An argument that drifted
 *    there and that the plan changes is an outside edit being overwritten.
 * 2. `base` (`--base REF`): the YAML at the base ref compiled the same way.
 *    An argument the plan changes whose compiled value is the same at the
 *    base and the head was not changed by the YAML; the state or the object
 *    moved. This also covers plans made with -refresh=false.
 *
 * Arguments whose value comes from outside the YAML (a reference: a secret
 * read from SSM, another resource's id) are never called drift: a rotated
 * secret is pushed, not reverted. Without either piece of evidence nothing
 * is claimed.
 */
export interface DriftInputs {
  plan: TerraformPlan;
  /** The head YAML compiled (cdk.tf.json, parsed). */
  head: TerraformJson;
  /** The base YAML compiled, with `--base`; undefined for a stack the base does not have. */
  base?: TerraformJson;
}

export function detectDrift(entries: PlanEntry[], inputs: DriftInputs): Map<string, DriftFinding> {
  const findings = new Map<string, DriftFinding>();
  const headEntries = entriesOf(inputs.head);
  const baseEntries = inputs.base ? entriesOf(inputs.base) : undefined;
  const drifted = new Map(
    inputs.plan.drift.filter((d) => d.moduleAddress === undefined).map((d) => [d.address, d]),
  );

  for (const entry of entries) {
    if (!entry.object) continue;
    const head = headEntries.get(entry.address);
    const changed = entry.attributes.filter(
      (a) => !a.unknownAfter && !(isZero(a.before) && isZero(a.after)),
    );
    const found: { attributes: Set<string>; evidence: Set<'refresh' | 'base'>; deleted?: boolean } =
      { attributes: new Set(), evidence: new Set() };

    const refresh = drifted.get(entry.address);
    if (refresh && refresh.action === 'destroy' && entry.action === 'create') {
      found.evidence.add('refresh');
      found.deleted = true;
    } else if (refresh && (entry.action === 'update' || entry.action === 'replace')) {
      const outside = changedAttributes({ ...refresh, action: 'update' });
      for (const attribute of changed) {
        if (
          outside.some((o) => overlaps(o.steps, attribute.steps)) &&
          !fromOutsideYaml(head, attribute.steps)
        ) {
          found.attributes.add(attribute.path);
          found.evidence.add('refresh');
        }
      }
    }

    const base = baseEntries?.get(entry.address);
    if (base && head && (entry.action === 'update' || entry.action === 'replace')) {
      for (const attribute of changed) {
        if (fromOutsideYaml(head, attribute.steps) || yamlChanged(attribute, base, head, inputs))
          continue;
        found.attributes.add(attribute.path);
        found.evidence.add('base');
      }
    }

    if (found.attributes.size > 0 || found.deleted) {
      findings.set(entry.address, {
        attributes: [...found.attributes].sort(),
        evidence: [...found.evidence].sort(),
        ...(found.deleted ? { deleted: true } : {}),
      });
    }
  }
  return findings;
}

/** Whether the YAML's compiled value of the argument differs between base and head. */
function yamlChanged(
  attribute: PlanAttribute,
  base: Entry,
  head: Entry,
  inputs: DriftInputs,
): boolean {
  // tags_all is the provider's default_tags merged with the resource's tags: the YAML's aws.tags.
  if (attribute.steps[0] === 'tags_all' || attribute.steps[0] === 'tags') {
    const tags = (json: TerraformJson | undefined) =>
      canonical(entriesOf(json ?? {}).get('provider.aws')?.body.default_tags);
    return (
      tags(inputs.base) !== tags(inputs.head) ||
      canonical(base.body.tags) !== canonical(head.body.tags)
    );
  }
  return (
    canonical(valueAt(base.body, attribute.steps)) !==
    canonical(valueAt(head.body, attribute.steps))
  );
}

/** The compiled argument holds a reference (`${…}`): its value is decided outside the YAML. */
function fromOutsideYaml(head: Entry | undefined, steps: readonly PathStep[]): boolean {
  const value = head ? valueAt(head.body, steps) : undefined;
  return JSON.stringify(value ?? null).includes('${');
}

/**
 * A plan path inside a cdk.tf.json body: a plan's block list index into a
 * block written as one object stays on the object, and a keyed step
 * (`schema`, `tenant_id`) finds the item by its name.
 */
export function valueAt(body: unknown, steps: readonly PathStep[]): unknown {
  let node = body;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (Array.isArray(node)) node = node[step];
      else if (!(isObject(node) && step === 0)) return undefined;
    } else if (Array.isArray(node)) {
      node = node.find((item) => isObject(item) && item.name === step);
    } else if (isObject(node)) {
      node = node[step];
    } else return undefined;
  }
  return node;
}

/**
 * Unset, or a zero value: a change between these (null → 0, [] → null) is
 * how a provider stores an argument nobody set, not an edit by anyone
 * (seen with hashicorp/aws 5.100.0: any update of a pool plans
 * password_policy.password_history_size null → 0, test/plan/fixtures).
 */
function isZero(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === 0 ||
    value === false ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function overlaps(a: readonly PathStep[], b: readonly PathStep[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
