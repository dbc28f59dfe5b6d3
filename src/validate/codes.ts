import { LOAD_CODES, LoadCode } from '../load/codes';
import { CROSS_FILE_RULES, RULES, RuleCode } from './rules';

/** Codes of the schema stage; load codes are in src/load/codes.ts, and rules describe themselves. */
const SCHEMA_CODES = [
  { id: 'schema-required', description: 'A required property is missing.' },
  {
    id: 'schema-unknown-property',
    description: 'A property the configuration language does not have.',
  },
  { id: 'schema-type', description: 'A value of the wrong type.' },
  { id: 'schema-enum', description: 'A value outside the allowed set.' },
  { id: 'schema-const', description: 'A value other than the one allowed.' },
  { id: 'schema-duplicate-item', description: 'A list names the same item twice.' },
  { id: 'secret-literal', description: 'A secret written as a literal instead of a reference.' },
  {
    id: 'secret-reference',
    description: 'A secret reference that is not exactly one of ssm, secretsManager or variable.',
  },
  {
    id: 'schema-invalid',
    description: 'A value the schema rejects for another reason (a pattern, a bound).',
  },
] as const;

export type SchemaCode = (typeof SCHEMA_CODES)[number]['id'];

/** Every code a diagnostic can carry: a closed union, like the hazard codes. */
export type DiagnosticCode = LoadCode | SchemaCode | RuleCode;

/** Every diagnostic code with its one-line description (SARIF rule metadata, README table). */
export function CODE_CATALOG(): Array<{ id: DiagnosticCode; description: string }> {
  return [
    ...LOAD_CODES,
    ...SCHEMA_CODES,
    ...[...RULES, ...CROSS_FILE_RULES].map((r) => ({ id: r.code, description: r.description })),
  ];
}
