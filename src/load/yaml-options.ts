/** Parse options shared by the full parse and the lazy positions of a fast-path file (source.ts). */
export const YAML_OPTIONS = {
  // Duplicate keys are found by findDuplicateKeys (linear; the package's check is quadratic).
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  // YAML 1.1 types (!!omap, !!set, !!binary, !!timestamp, !!pairs) would turn into a Map, a Buffer or a Date
  // that the schema cannot see into; unresolved, they are reported as unsupported tags.
  resolveKnownTags: false,
  // The package would print some warnings itself (a stringified collection key, quoted): findings say what is wrong instead.
  logLevel: 'error',
} as const;
