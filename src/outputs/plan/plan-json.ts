import { UsageError } from '../../load/files';
import { isObject } from '../diff/terraform';

/**
 * The JSON that `terraform show -json <planfile>` prints: Terraform's
 * documented, versioned plan representation
 * (https://developer.hashicorp.com/terraform/internals/json-format). Only
 * what cogfed reads is typed here; everything is checked as it is read,
 * because the file comes from a pipeline, not from Terraform's own hands.
 *
 * `format_version` follows semantic versioning: "the minor version is
 * incremented for backward-compatible changes" and a new major version means
 * consumers must be changed (json-format, "Format Summary"). cogfed reads
 * major version 1 (Terraform 1.x; 1.11 prints "1.2") and refuses any other,
 * including the 0.x of Terraform 0.12-0.15, which lack `replace_paths`.
 */
export const SUPPORTED_FORMAT_MAJOR = 1;

/** One step of an attribute path in `replace_paths`: an attribute name, a list index or a map key. */
export type PathStep = string | number;

/**
 * What Terraform will do to one resource instance, in cogfed's words.
 * `replace` is `["delete","create"]` or `["create","delete"]`; `forget`
 * (a `removed` block with `destroy = false`) drops it from the state only.
 */
export type PlanAction = 'create' | 'update' | 'replace' | 'destroy' | 'read' | 'no-op' | 'forget';

export interface ResourceChange {
  /** Full address, with module path and index (`aws_cognito_user_pool.customers`). */
  address: string;
  /** The address the object had before a `moved` block (or a refactoring) moved it. */
  previousAddress?: string;
  /** Set for resources inside a child module; cogfed writes none. */
  moduleAddress?: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** A deposed object (left over by a failed create_before_destroy). */
  deposed?: string;
  action: PlanAction;
  /** For `replace`: Terraform destroys first (its default) or creates first (create_before_destroy). */
  order?: 'destroy-first' | 'create-first';
  /** Terraform's own reason (`replace_because_cannot_update`, `delete_because_no_resource_config`, …). */
  actionReason?: string;
  before: unknown;
  after: unknown;
  afterUnknown: unknown;
  beforeSensitive: unknown;
  afterSensitive: unknown;
  /** Attribute paths that force the replacement, as Terraform lists them. */
  replacePaths: PathStep[][];
  /** Present when an `import` block brings an existing object under management. */
  importing?: { id?: string };
}

/** A resource block of the root module, with its arguments as expressions. */
export interface ConfiguredResource {
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  expressions: Record<string, unknown>;
}

export interface TerraformPlan {
  /** The file as the user named it (`-` for stdin). */
  file: string;
  formatVersion: string;
  terraformVersion?: string;
  changes: ResourceChange[];
  /** `resource_drift`: objects that changed outside Terraform, found by the plan's refresh. */
  drift: ResourceChange[];
  /** Root-module resources of the configuration the plan was made from, by address. */
  configured: Map<string, ConfiguredResource>;
  /** Child modules in the configuration (cogfed writes none). */
  moduleCalls: string[];
  /** Terraform stopped at an error; the plan lists only what it planned before that (Terraform 1.6+ still writes it with -out). */
  errored: boolean;
  /** Whether `terraform apply PLANFILE` would accept this plan. */
  applyable?: boolean;
}

/** Parse and check a plan; a UsageError (exit 2) says what is wrong with it. */
export function readPlan(text: string, file: string): TerraformPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file}: not JSON (${(error as Error).message}); give the output of terraform show -json PLANFILE`,
    );
  }
  if (!isObject(json))
    throw new UsageError(
      `${file}: not a Terraform plan (the JSON is not an object); give the output of terraform show -json PLANFILE`,
    );
  const version = json.format_version;
  if (typeof version !== 'string' || !/^\d+\.\d+(\.\d+)?$/.test(version)) {
    throw new UsageError(
      `${file}: not a Terraform plan (no format_version); give the output of terraform show -json PLANFILE`,
    );
  }
  const major = Number(version.split('.')[0]);
  if (major !== SUPPORTED_FORMAT_MAJOR) {
    throw new UsageError(
      `${file}: plan format_version ${version} is not supported; cogfed reads format ${SUPPORTED_FORMAT_MAJOR}.x (Terraform 1.x), and a new major version may change the meaning of fields. Use a Terraform 1.x to show the plan, or a cogfed that knows format ${major}`,
    );
  }
  if (!('resource_changes' in json) && !('planned_values' in json)) {
    throw new UsageError(
      `${file}: this is a Terraform state, not a plan (no resource_changes); run terraform plan -out=PLANFILE, then terraform show -json PLANFILE`,
    );
  }

  const configuration = isObject(json.configuration) ? json.configuration : {};
  const root = isObject(configuration.root_module) ? configuration.root_module : {};
  const configured = new Map<string, ConfiguredResource>();
  for (const resource of arrayOf(root.resources)) {
    if (!isObject(resource) || typeof resource.address !== 'string') continue;
    configured.set(resource.address, {
      address: resource.address,
      mode: resource.mode === 'data' ? 'data' : 'managed',
      type: String(resource.type ?? ''),
      name: String(resource.name ?? ''),
      expressions: isObject(resource.expressions) ? resource.expressions : {},
    });
  }

  return {
    file,
    formatVersion: version,
    ...(typeof json.terraform_version === 'string'
      ? { terraformVersion: json.terraform_version }
      : {}),
    changes: arrayOf(json.resource_changes).map((c, i) =>
      resourceChange(c, file, `resource_changes[${i}]`),
    ),
    drift: arrayOf(json.resource_drift).map((c, i) =>
      resourceChange(c, file, `resource_drift[${i}]`),
    ),
    configured,
    moduleCalls: isObject(root.module_calls) ? Object.keys(root.module_calls).sort() : [],
    errored: json.errored === true,
    ...(typeof json.applyable === 'boolean' ? { applyable: json.applyable } : {}),
  };
}

function resourceChange(value: unknown, file: string, where: string): ResourceChange {
  if (
    !isObject(value) ||
    typeof value.address !== 'string' ||
    !isObject(value.change) ||
    !Array.isArray(value.change.actions)
  ) {
    throw new UsageError(
      `${file}: ${where} is not a resource change (address and change.actions expected); the file is not the output of terraform show -json`,
    );
  }
  const change = value.change;
  const actions = (change.actions as unknown[]).map(String);
  const replacePaths = arrayOf(change.replace_paths)
    .filter(Array.isArray)
    .map((path) =>
      (path as unknown[]).filter(
        (s): s is PathStep => typeof s === 'string' || typeof s === 'number',
      ),
    );
  const importing = isObject(change.importing)
    ? { ...(typeof change.importing.id === 'string' ? { id: change.importing.id } : {}) }
    : undefined;
  return {
    address: value.address,
    ...(typeof value.previous_address === 'string'
      ? { previousAddress: value.previous_address }
      : {}),
    ...(typeof value.module_address === 'string' ? { moduleAddress: value.module_address } : {}),
    mode: value.mode === 'data' ? 'data' : 'managed',
    type: String(value.type ?? ''),
    name: String(value.name ?? ''),
    ...(typeof value.deposed === 'string' ? { deposed: value.deposed } : {}),
    ...actionOf(actions, file, value.address),
    ...(typeof value.action_reason === 'string' ? { actionReason: value.action_reason } : {}),
    before: change.before ?? null,
    after: change.after ?? null,
    afterUnknown: change.after_unknown ?? {},
    beforeSensitive: change.before_sensitive ?? {},
    afterSensitive: change.after_sensitive ?? {},
    replacePaths,
    ...(importing ? { importing } : {}),
  };
}

/** Terraform's action lists (json-format, "Change Representation"), as one action. */
function actionOf(
  actions: string[],
  file: string,
  address: string,
): Pick<ResourceChange, 'action' | 'order'> {
  switch (actions.join(',')) {
    case 'no-op':
      return { action: 'no-op' };
    case 'create':
      return { action: 'create' };
    case 'read':
      return { action: 'read' };
    case 'update':
      return { action: 'update' };
    case 'delete':
      return { action: 'destroy' };
    case 'delete,create':
      return { action: 'replace', order: 'destroy-first' };
    case 'create,delete':
      return { action: 'replace', order: 'create-first' };
    case 'forget':
      return { action: 'forget' };
    default:
      throw new UsageError(
        `${file}: ${address} has actions [${actions.join(', ')}], which this cogfed does not know; it reads plans of format ${SUPPORTED_FORMAT_MAJOR}.x`,
      );
  }
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
