import { CROSS_FILE_RULES, RULES } from './rules';

/** Codes of the load and schema stages; rules describe themselves. */
const STAGE_CODES: ReadonlyArray<{ id: string; description: string }> = [
  { id: 'file-unreadable', description: 'The file cannot be read.' },
  { id: 'file-too-large', description: 'The file is larger than cogfed reads (8 MiB).' },
  { id: 'file-binary', description: 'The file holds binary data, not YAML text.' },
  { id: 'file-encoding', description: 'The file is not valid UTF-8.' },
  { id: 'yaml-syntax', description: 'The YAML cannot be parsed.' },
  { id: 'yaml-duplicate-key', description: 'A key appears twice in one mapping.' },
  { id: 'yaml-unsupported-tag', description: 'A YAML tag cogfed does not read.' },
  { id: 'yaml-multiple-documents', description: 'A file holds more than one YAML document.' },
  { id: 'yaml-empty', description: 'The file holds no configuration.' },
  { id: 'yaml-root-not-mapping', description: 'The document is not a mapping.' },
  { id: 'yaml-too-deep', description: 'Nesting deeper than cogfed reads.' },
  { id: 'yaml-alias-limit', description: 'Aliases expand beyond the limit (billion laughs).' },
  { id: 'schema-required', description: 'A required property is missing.' },
  { id: 'schema-unknown-property', description: 'A property the configuration language does not have.' },
  { id: 'schema-type', description: 'A value of the wrong type.' },
  { id: 'schema-enum', description: 'A value outside the allowed set.' },
  { id: 'schema-const', description: 'A value other than the one allowed.' },
  { id: 'schema-duplicate-item', description: 'A list names the same item twice.' },
  { id: 'secret-literal', description: 'A secret written as a literal instead of a reference.' },
  { id: 'secret-reference', description: 'A secret reference that is not exactly one of ssm, secretsManager or variable.' },
];

/** Every diagnostic code with its one-line description (SARIF rule metadata, README table). */
export function CODE_CATALOG(): Array<{ id: string; description: string }> {
  return [...STAGE_CODES, ...[...RULES, ...CROSS_FILE_RULES].map((r) => ({ id: r.code, description: r.description }))];
}
