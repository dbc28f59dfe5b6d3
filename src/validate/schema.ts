import type { NodePath } from '../load/diagnostic';
import type { Finding } from './finding';
import { received } from './finding';
import { closest } from './rules/suggest';

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
export function checkShape(value: unknown): { findings: Finding[]; faults: NodePath[] } {
  if (validate(value)) return { findings: [], faults: [] };
  const errors = validate.errors ?? [];
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
  const where = describePath(path);
  switch (error.keyword) {
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
