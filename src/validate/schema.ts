import type { NodePath } from '../load/diagnostic';
import type { Finding } from './finding';
import { received } from './finding';
import { PROVIDER_TYPE_IDS } from './config';
import { closest } from './rules/suggest';
import { quotedScalar } from './quoted';

/** The shape of an Ajv error (with `verbose: true`, so `data` is the value at fault). */
interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  data?: unknown;
  /** The schema object holding the failing keyword (verbose mode), already resolved through `$ref`. */
  parentSchema?: SchemaNode;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

// Precompiled by scripts/build-validator.js: no Ajv compilation at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validate: ValidateFunction = require('./generated/schema-validator.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validateTenant: ValidateFunction = require('./generated/tenant-validator.js');

/** A tenant file against schemas/cogfed-tenant.schema.json (its providers by the main schema's definitions). */
export function checkTenantShape(value: unknown): { findings: Finding[]; faults: NodePath[] } {
  return checkShape(value, validateTenant);
}

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
};

/** Check the document's shape against schemas/cogfed.schema.json; findings carry YAML paths. */
export function checkSchema(value: unknown): Finding[] {
  return checkShape(value).findings;
}

/**
 * The same, with the path of each fault: the node that is not what the
 * language allows. It is the finding's path, except for a missing property,
 * where the finding points at the mapping that lacks it and the fault is the
 * property itself (the rest of the mapping is sound). Rules run on every part
 * whose reads meet no fault (src/validate/parts.ts).
 */
export function checkShape(
  value: unknown,
  validator: ValidateFunction = validate,
): { findings: Finding[]; faults: NodePath[] } {
  if (validator(value)) return { findings: [], faults: [] };
  const errors = validator.errors ?? [];
  const findings: Finding[] = [];
  const faults: NodePath[] = [];
  const secretPaths = new Set<string>();

  // A failed secret reference yields one error per oneOf branch; report it once.
  for (const error of errors) {
    if (error.keyword === 'oneOf' && error.schemaPath.includes('/secretRef/')) {
      secretPaths.add(error.instancePath);
      const path = pathOf(value, error.instancePath);
      findings.push(secretFinding(path, error.data));
      faults.push(path);
    }
  }
  for (const error of errors) {
    if (isInsideSecretBranch(error, secretPaths)) continue;
    const finding = convert(value, error);
    findings.push(finding);
    faults.push(
      error.keyword === 'required'
        ? [...finding.path, String(error.params.missingProperty)]
        : finding.path,
    );
  }
  return { findings: dedupe(findings), faults };
}

function isInsideSecretBranch(error: AjvError, secretPaths: Set<string>): boolean {
  if (!error.schemaPath.includes('/secretRef/')) return false;
  for (const p of secretPaths)
    if (error.instancePath === p || error.instancePath.startsWith(`${p}/`)) return true;
  return false;
}

const SECRET_FORMS =
  '`{ ssm: /path }`, `{ secretsManager: name-or-arn }` (optionally with `key`), or `{ variable: name }`';

function secretFinding(path: NodePath, data: unknown): Finding {
  if (typeof data === 'string' || typeof data === 'number') {
    // Never echo the value: it may be the secret itself.
    return {
      code: 'secret-literal',
      path,
      message:
        'a secret must be a reference, never a literal value in YAML (the file lives in git); received a literal',
      hint: `move the secret to SSM Parameter Store, Secrets Manager or a pipeline variable and write ${SECRET_FORMS}`,
    };
  }
  return {
    code: 'secret-reference',
    path,
    message: `a secret reference is exactly one of ${SECRET_FORMS}; received ${describeReference(data)}`,
    hint: 'keep one of `ssm`, `secretsManager` (with an optional `key`) or `variable`',
  };
}

/** The keys a reference may have: the only text of a malformed reference a message may show. */
const REFERENCE_KEYS = ['ssm', 'secretsManager', 'key', 'variable'];

/**
 * What a malformed reference holds, without its text: a mapping written in
 * place of a reference may hold the secret as a key (`clientSecret: {S3cr3t}`
 * is a mapping with one key) or as a value, so only the reference's own keys
 * are named, and the others counted.
 */
function describeReference(data: unknown): string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return kindOf(data);
  const keys = Object.keys(data);
  if (keys.length === 0) return 'an empty mapping';
  const known = keys.filter((k) => REFERENCE_KEYS.includes(k)).map((k) => `\`${k}\``);
  const others = keys.length - known.length;
  const unnamed =
    others > 0
      ? `${others} other key${others === 1 ? '' : 's'} (not shown: a key here may be the secret)`
      : '';
  return `a mapping with ${[known.length ? `key${known.length === 1 ? '' : 's'} ${known.join(', ')}` : '', unnamed].filter(Boolean).join(' and ')}`;
}

function convert(root: unknown, error: AjvError): Finding {
  const path = pathOf(root, error.instancePath);
  const where = describeProvider(path, error.data) ?? describePath(path);
  switch (error.keyword) {
    case 'discriminator':
      return providerTypeFinding(path, error.params.tagValue);
    case 'required': {
      const missing = String(error.params.missingProperty);
      const property = error.parentSchema?.properties?.[missing];
      return {
        code: 'schema-required',
        path,
        message: `${where} is missing the required property \`${missing}\``,
        hint: property?.description
          ? `add \`${missing}\`: ${property.description}`
          : `add \`${missing}\``,
      };
    }
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {}).filter(
        (k) => k !== '$schema',
      );
      const suggestion = closest(extra, allowed);
      if (!suggestion && holdsSecret(error.data)) {
        // Beside a secret (client secret, Apple private key), broken YAML (`{ clientSecret: ,s3cr3t }`) turns the secret into a key: not repeated.
        return {
          code: 'schema-unknown-property',
          path: [...path, extra],
          target: 'key',
          message: `unknown property in ${where} (its name is not repeated: beside a client secret it may be the secret itself)`,
          pointer: [...path, '(unknown property)'].join('.'),
          hint: `allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}`,
        };
      }
      return {
        code: 'schema-unknown-property',
        path: [...path, extra],
        target: 'key',
        message: `unknown property \`${extra}\` in ${where}`,
        hint: suggestion
          ? `did you mean \`${suggestion}\`?`
          : `allowed here: ${allowed.map((k) => `\`${k}\``).join(', ')}`,
      };
    }
    case 'type': {
      const expected = String(error.params.type);
      const unquoted = quotedScalar(error.data, expected.split(','));
      if (unquoted) return quotedFinding(path, where, unquoted, error.data as string);
      return {
        code: 'schema-type',
        path,
        message:
          `${where} must be ${article(expected)}; received ${kindOf(error.data)} ${kindOf(error.data) === 'a string' || kindOf(error.data) === 'a number' ? received(error.data) : ''}`.trimEnd(),
        hint: `write ${article(expected)} here${error.parentSchema?.description ? `: ${error.parentSchema.description}` : ''}`,
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.params.allowedValues as unknown[] | undefined) ?? [
        error.params.allowedValue,
      ];
      const unquoted = quotedScalar(
        error.data,
        allowed.filter(
          (v): v is number | boolean => typeof v === 'number' || typeof v === 'boolean',
        ),
      );
      if (unquoted && allowed.some((v) => String(v) === String(error.data).trim()))
        return quotedFinding(
          path,
          where,
          unquoted,
          error.data as string,
          error.keyword === 'enum' ? 'schema-enum' : 'schema-const',
        );
      const suggestion =
        typeof error.data === 'string' ? closest(error.data, allowed.map(String)) : undefined;
      return {
        code: error.keyword === 'enum' ? 'schema-enum' : 'schema-const',
        path,
        message: `${where} must be ${allowed.length > 1 ? 'one of ' : ''}${allowed.map((v) => `\`${v}\``).join(', ')}; received ${received(error.data)}`,
        hint: suggestion
          ? `did you mean \`${suggestion}\`?`
          : `pick one of the allowed values${error.parentSchema?.description ? `: ${error.parentSchema.description}` : ''}`,
      };
    }
    case 'uniqueItems': {
      const first = Number(error.params.j);
      const second = Number(error.params.i);
      const list = Array.isArray(error.data) ? error.data : [];
      return {
        code: 'schema-duplicate-item',
        path: [...path, second],
        message: `${where} lists ${received(list[second])} twice (items ${first + 1} and ${second + 1})`,
        hint: 'remove the repeated item',
      };
    }
    default:
      return { code: 'schema-invalid', path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/**
 * An identity provider is a oneOf on `type` (Ajv's `discriminator`), so Ajv
 * checks only the branch the type names, and a wrong or missing `type` is
 * this one error, not one per branch.
 */
function providerTypeFinding(path: NodePath, value: unknown): Finding {
  const allowed = PROVIDER_TYPE_IDS.map((t) => `\`${t}\``).join(', ');
  if (value === undefined) {
    return {
      code: 'schema-required',
      path,
      message: `${describePath(path)} is missing the required property \`type\``,
      hint: `add \`type\`: the provider type, one of ${allowed}`,
    };
  }
  const suggestion = typeof value === 'string' ? closest(value, [...PROVIDER_TYPE_IDS]) : undefined;
  return {
    code: 'schema-enum',
    path: [...path, 'type'],
    message: `${describePath([...path, 'type'])} must be one of ${allowed}; received ${received(value)}`,
    hint: suggestion
      ? `did you mean \`${suggestion}\`?`
      : 'pick the provider type; each type has its own keys',
  };
}

/** Inside an identity provider, name its type: "the `saml` provider `userPools.p.identityProviders.Okta`". */
function describeProvider(path: NodePath, data: unknown): string | undefined {
  if (path.length !== 4 || path[0] !== 'userPools' || path[2] !== 'identityProviders')
    return undefined;
  const type =
    data && typeof data === 'object' ? (data as Record<string, unknown>).type : undefined;
  return typeof type === 'string' && (PROVIDER_TYPE_IDS as readonly string[]).includes(type)
    ? `the \`${type}\` provider ${describePath(path)}`
    : undefined;
}

function holdsSecret(data: unknown): boolean {
  const has = (key: string) => Object.prototype.hasOwnProperty.call(data, key);
  return !!data && typeof data === 'object' && (has('clientSecret') || has('privateKey'));
}

/** `version: "1"`: the value is right, but quoted, so it is a string. */
function quotedFinding(
  path: NodePath,
  where: string,
  unquoted: string,
  data: string,
  code: Finding['code'] = 'schema-type',
): Finding {
  return {
    code,
    path,
    message: `${where} must be ${unquoted}, not a string; received ${received(data)} in quotes`,
    hint: `remove the quotes: write ${data.trim()}`,
  };
}

/** JSON pointer to YAML path; indexes become numbers where the data is a list. */
function pathOf(root: unknown, pointer: string): NodePath {
  const path: Array<string | number> = [];
  let node: unknown = root;
  if (!pointer) return path;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node =
        node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

/** A readable name for a location: `userPools.customers.clients.web`. */
export function describePath(path: NodePath): string {
  if (path.length === 0) return 'the file';
  return `\`${path
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[')}\``;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: '`true` or `false`',
  };
  return names[type] ?? type;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (Buffer.isBuffer(value)) return 'binary data';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a number';
  if (typeof value === 'boolean') return `\`${value}\``;
  return `a ${typeof value}`;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.path.join('\u0000')}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
