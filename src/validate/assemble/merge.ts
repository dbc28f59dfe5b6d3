import type { NodePath } from '../../load/diagnostic';
import type { SourceFile } from '../../load/source';
import type { OriginMap } from './origins';

export function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)
  );
}

/**
 * An environment's `set` laid over the definition: mappings merge key by
 * key, lists and scalars replace. Each value taken from the overlay records
 * its origin (the overlay's path in `source`), so a finding on it is reported
 * where the environment wrote it. Neither input is changed.
 */
export function overlay(
  base: unknown,
  over: unknown,
  at: NodePath,
  origins: OriginMap,
  source: SourceFile,
  overPath: NodePath,
): unknown {
  if (!isMapping(base) || !isMapping(over)) {
    origins.set(at, source, overPath);
    return over;
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    merged[key] =
      key in base
        ? overlay(base[key], value, [...at, key], origins, source, [...overPath, key])
        : record(value, [...at, key], origins, source, [...overPath, key]);
  }
  return merged;
}

function record(
  value: unknown,
  at: NodePath,
  origins: OriginMap,
  source: SourceFile,
  path: NodePath,
): unknown {
  origins.set(at, source, path);
  return value;
}
