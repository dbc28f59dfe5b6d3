/**
 * Terraform version constraints, as written in `required_providers.<name>.version`:
 * comma-separated items, each an optional operator (`=`, `!=`, `>`, `>=`, `<`,
 * `<=`, `~>`) and a version of one to three numbers with an optional
 * `-prerelease` and `+build`; spaces (not tabs) may surround items and follow
 * an operator. A bare version, or one with fewer than three numbers, is padded
 * with zeros (`5` is `= 5.0.0`). `~>` lets only the last given number grow:
 * `~> 6.25` is `>= 6.25.0, < 7.0.0`, `~> 6.25.1` is `>= 6.25.1, < 6.26.0`, and
 * `~> 6` is `>= 6.0.0, < 7.0.0`.
 *
 * Syntax and meaning follow
 * https://developer.hashicorp.com/terraform/language/expressions/version-constraints
 * (Terraform parses provider constraints with github.com/apparentlymart/go-versions,
 * Ruby-style); each case in test/validate/version-constraint.test.ts was also
 * checked against `terraform init` 1.11. No npm package parses this syntax
 * (semver's ranges have no `~>` and no commas), so this is a small parser of
 * its own.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated identifiers after `-`; empty for a release. */
  prerelease: string[];
}

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~>';

export interface ConstraintItem {
  operator: Operator;
  version: Version;
  /** How many of major, minor, patch were written (1-3): `~>` depends on it. */
  segments: number;
}

const ITEM =
  /^(=|!=|>=|<=|>|<|~>)? *(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]*))?(?:\+[0-9A-Za-z.-]*)?$/;

/** The items of a constraint, or undefined when Terraform would reject it as "Invalid version constraint". */
export function parseConstraint(text: string): ConstraintItem[] | undefined {
  const items: ConstraintItem[] = [];
  for (const part of text.split(',')) {
    const match = ITEM.exec(part.replace(/^ +| +$/g, ''));
    if (!match) return undefined;
    const numbers = [match[2], match[3], match[4]]
      .filter((n): n is string => n !== undefined)
      .map(Number);
    if (!numbers.every(Number.isSafeInteger)) return undefined;
    const [major, minor = 0, patch = 0] = numbers;
    const prerelease = match[5] ? match[5].split('.') : [];
    items.push({
      operator: (match[1] as Operator | undefined) ?? '=',
      version: { major, minor, patch, prerelease },
      segments: numbers.length,
    });
  }
  return items;
}

export function parseVersion(text: string): Version | undefined {
  const items = /^\d/.test(text) ? parseConstraint(text) : undefined;
  return items?.length === 1 && items[0].segments === 3 ? items[0].version : undefined;
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? `-${v.prerelease.join('.')}` : ''}`;
}

/** Semantic-versioning order: numbers, then a prerelease before its release, then prerelease identifiers. */
export function compareVersions(a: Version, b: Version): number {
  const numeric = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (numeric) return Math.sign(numeric);
  if (!a.prerelease.length || !b.prerelease.length)
    return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.min(a.prerelease.length, b.prerelease.length); i++) {
    const [x, y] = [a.prerelease[i], b.prerelease[i]];
    if (x === y) continue;
    const [xn, yn] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (xn && yn) return Math.sign(Number(x) - Number(y));
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(a.prerelease.length - b.prerelease.length);
}

const release = (major: number, minor = 0, patch = 0): Version => ({
  major,
  minor,
  patch,
  prerelease: [],
});

/** The upper bound `~>` puts on a version: the next value of the second-to-last number written. */
function pessimisticLimit(item: ConstraintItem): Version {
  const { major, minor } = item.version;
  return item.segments === 3 ? release(major, minor + 1) : release(major + 1);
}

/** Whether one version satisfies every item. A prerelease satisfies only an item that names it exactly (`=`), as in Terraform. */
export function satisfies(items: readonly ConstraintItem[], v: Version): boolean {
  if (
    v.prerelease.length &&
    !items.some((i) => i.operator === '=' && compareVersions(i.version, v) === 0)
  )
    return false;
  return items.every((item) => {
    const c = compareVersions(v, item.version);
    switch (item.operator) {
      case '=':
        return c === 0;
      case '!=':
        return c !== 0;
      case '>':
        return c > 0;
      case '>=':
        return c >= 0;
      case '<':
        return c < 0;
      case '<=':
        return c <= 0;
      case '~>':
        return c >= 0 && compareVersions(v, pessimisticLimit(item)) < 0;
    }
  });
}

/**
 * Whether the constraint admits some version `v` with `from <= v` and, when
 * given, `v < below`: is there a version Terraform could install in that range?
 */
export function admitsSome(
  items: readonly ConstraintItem[],
  from: Version,
  below?: Version,
): boolean {
  const inRange = (v: Version) =>
    compareVersions(v, from) >= 0 && (!below || compareVersions(v, below) < 0);
  // An exact item leaves one candidate (the only way a prerelease is chosen).
  const exact = items.find((i) => i.operator === '=');
  if (exact) return inRange(exact.version) && satisfies(items, exact.version);
  // Otherwise releases only: the lowest release the lower bounds allow,
  // stepped past each `!=` it meets, then checked against the upper bounds.
  let candidate = from.prerelease.length ? release(from.major, from.minor, from.patch) : from;
  for (const item of items) {
    const bound = item.version;
    const atOrAbove = bound.prerelease.length
      ? release(bound.major, bound.minor, bound.patch)
      : bound;
    if (
      (item.operator === '>=' || item.operator === '~>') &&
      compareVersions(atOrAbove, candidate) > 0
    )
      candidate = atOrAbove;
    if (item.operator === '>' && compareVersions(bound, candidate) >= 0) {
      candidate = bound.prerelease.length
        ? atOrAbove
        : release(bound.major, bound.minor, bound.patch + 1);
    }
  }
  for (let steps = 0; steps <= items.length; steps++) {
    if (!inRange(candidate)) return false;
    if (satisfies(items, candidate)) return true;
    candidate = release(candidate.major, candidate.minor, candidate.patch + 1);
  }
  return false;
}
