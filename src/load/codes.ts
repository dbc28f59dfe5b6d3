/**
 * The codes the load stage reports, with a one-line description each: a
 * closed set (a new code is added here, or the compiler refuses it).
 */
export const LOAD_CODES = [
  { id: 'file-unreadable', description: 'The file cannot be read.' },
  { id: 'file-too-large', description: 'The file is larger than cogfed reads (8 MiB).' },
  {
    id: 'file-not-regular',
    description:
      'The path is not a regular file (a folder, FIFO, device or socket), so cogfed does not read it.',
  },
  { id: 'file-binary', description: 'The file holds binary data, not YAML text.' },
  { id: 'file-encoding', description: 'The file is not valid UTF-8.' },
  { id: 'yaml-syntax', description: 'The YAML cannot be parsed.' },
  {
    id: 'yaml-indentation',
    description: 'A line is indented inconsistently with the keys around it, or with a tab.',
  },
  { id: 'yaml-duplicate-key', description: 'A key appears twice in one mapping.' },
  { id: 'yaml-unsupported-tag', description: 'A YAML tag cogfed does not read.' },
  { id: 'yaml-multiple-documents', description: 'A file holds more than one YAML document.' },
  { id: 'yaml-empty', description: 'The file holds no configuration.' },
  { id: 'yaml-root-not-mapping', description: 'The document is not a mapping.' },
  { id: 'yaml-too-deep', description: 'Nesting deeper than cogfed reads (64 levels).' },
  {
    id: 'yaml-too-many-nodes',
    description:
      'More YAML elements (keys, values, brackets, comments, lines) than cogfed reads (250 000).',
  },
  {
    id: 'yaml-alias-unresolved',
    description: 'An alias names no anchor defined before it, or the value that contains it.',
  },
  { id: 'yaml-alias-limit', description: 'Aliases expand beyond the limit (billion laughs).' },
] as const;

export type LoadCode = (typeof LOAD_CODES)[number]['id'];
