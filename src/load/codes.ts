/**
 * The codes the load stage reports, with a one-line description each: a
 * closed set (a new code is added here, or the compiler refuses it).
 */
export const LOAD_CODES = [
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
] as const;

export type LoadCode = (typeof LOAD_CODES)[number]['id'];
