import { ImportNote, summarize } from './notes';

export type Json = Record<string, unknown>;

/** A value that says nothing: absent, null, an empty list or an empty object. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date))
    return Object.values(value as Json).every(isEmpty);
  return false;
}

/**
 * Reads one API object and remembers which attributes were read, so that
 * whatever the mapping did not look at is reported instead of silently
 * dropped (a field AWS added after this code was written, say).
 */
export class Fields {
  private readonly seen = new Set<string>();
  /** Nested objects read through `nested`, whose unread attributes this one reports too. */
  private readonly children: Fields[] = [];

  constructor(
    readonly value: Json,
    /** The attribute path of `value`, for notes: `UserPool`, `UserPool.Policies`. */
    private readonly path: string,
  ) {}

  get<T = unknown>(key: string): T | undefined {
    this.seen.add(key);
    return this.value[key] as T | undefined;
  }

  /**
   * A nested object, read the same way. Its unread attributes are reported
   * with this object's, unless `report` is false (the caller reports them
   * itself, with another effect).
   */
  nested(key: string, report = true): Fields {
    const value = this.get<Json>(key);
    const child = new Fields(
      value && typeof value === 'object' && !Array.isArray(value) ? value : {},
      this.attribute(key),
    );
    if (report) this.children.push(child);
    return child;
  }

  /** Attributes read on purpose and dropped: ids, dates, counts, status. */
  skip(...keys: string[]): void {
    for (const key of keys) this.seen.add(key);
  }

  attribute(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** Notes for each attribute nobody read that holds something. */
  unread(resource: string): ImportNote[] {
    const own = Object.entries(this.value)
      .filter(([key, value]) => !this.seen.has(key) && !isEmpty(value))
      .map(([key, value]) => ({
        resource,
        attribute: this.attribute(key),
        live: summarize(value),
        effect: 'unverified' as const,
        why: 'cogfed does not know this attribute (newer than this version of cogfed?)',
      }));
    return [...own, ...this.children.flatMap((child) => child.unread(resource))];
  }
}
