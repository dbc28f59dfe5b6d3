import type { NodePath } from '../load/diagnostic';
import type { CogfedFile } from './config';

/**
 * Rules on a file with shape errors. A schema error says that one node is not
 * what the language allows; it says nothing about the rest of the file. So
 * each rule declares the part of the file it checks and the paths it reads,
 * and runs on every part whose reads hold no schema error: a file with two
 * shape errors and three rule errors reports all five in one run, and a rule
 * still sees only values of the types it was written for.
 *
 * A rule runs on a view of the file: the same values, minus the parts whose
 * reads are unsound (and minus containers that are not mappings at all). The
 * view is the file itself when the file has no schema error.
 */

/** What one check covers. */
export type Part = 'file' | 'pool' | 'provider' | 'client' | 'resourceServer';

/** The mapping, under a pool, that holds each kind of sub-part. */
const POOL_MEMBERS = {
  provider: 'identityProviders',
  client: 'clients',
  resourceServer: 'resourceServers',
} as const;

/** A declared read, resolved against one part: path segments (`*` is any key) and whether only the mapping's keys are read. */
interface Read {
  segments: string[];
  keysOnly: boolean;
}

interface ParsedRead {
  base: 'part' | 'pool' | 'file';
  segments: string[];
  keysOnly: boolean;
}

const KEYS = '@keys';
const parsedCache = new WeakMap<readonly string[], ParsedRead[]>();

/** Parse a rule's `reads`; throws on a malformed declaration (a bug in the rule, caught by the registry test). */
export function parseReads(part: Part, reads: readonly string[]): ParsedRead[] {
  const cached = parsedCache.get(reads);
  if (cached) return cached;
  const parsed = reads.map((read): ParsedRead => {
    const match = /^(?:(pool|file):)?(.+)$/.exec(read);
    if (!match) throw new Error(`malformed read ${JSON.stringify(read)}`);
    const base = (match[1] as 'pool' | 'file' | undefined) ?? 'part';
    if (base === 'pool' && (part === 'file' || part === 'pool'))
      throw new Error(`read ${JSON.stringify(read)}: \`pool:\` is for parts below a pool`);
    const segments = match[2].split('.');
    const keysOnly = segments[segments.length - 1] === KEYS;
    if (keysOnly) segments.pop();
    if (segments.some((s) => s === '' || s === KEYS))
      throw new Error(`malformed read ${JSON.stringify(read)}`);
    return { base, segments, keysOnly };
  });
  parsedCache.set(reads, parsed);
  return parsed;
}

/** Whether a schema error at `fault` can change what `read` sees. */
function overlaps(read: Read, fault: NodePath): boolean {
  const n = Math.min(read.segments.length, fault.length);
  for (let i = 0; i < n; i++) {
    if (read.segments[i] !== '*' && read.segments[i] !== String(fault[i])) return false;
  }
  // Keys of a mapping change only if the mapping itself (or what holds it) is at fault.
  return read.keysOnly ? fault.length <= read.segments.length : true;
}

function resolve(read: ParsedRead, instance: NodePath): Read {
  const base = read.base === 'file' ? [] : read.base === 'pool' ? instance.slice(0, 2) : instance;
  return { segments: [...base.map(String), ...read.segments], keysOnly: read.keysOnly };
}

/** Whether the part at `instance` can be checked: none of its reads meets a schema error. */
export function isSound(
  part: Part,
  reads: readonly string[],
  instance: NodePath,
  faults: readonly NodePath[],
): boolean {
  if (faults.length === 0) return true;
  const resolved = parseReads(part, reads).map((r) => resolve(r, instance));
  return !faults.some((fault) => resolved.some((read) => overlaps(read, fault)));
}

/**
 * The file as a rule of this part and reads may see it, or undefined when
 * nothing of it can be checked. `faults` are the paths of the schema errors
 * (for a missing property, the property's path; for an unknown one, the key's).
 */
export function viewFor(
  rule: { part: Part; reads: readonly string[] },
  value: unknown,
  faults: readonly NodePath[],
): CogfedFile | undefined {
  if (faults.length === 0) return value as CogfedFile;
  const sound = (instance: NodePath) => isSound(rule.part, rule.reads, instance, faults);
  if (!isMapping(value)) return undefined;
  if (rule.part === 'file') return sound([]) ? (value as unknown as CogfedFile) : undefined;

  const view: Record<string, unknown> = { ...value };
  const userPools = value.userPools;
  if (!isMapping(userPools)) {
    delete view.userPools;
    return view as unknown as CogfedFile;
  }
  const pools: Record<string, unknown> = {};
  for (const [poolId, pool] of Object.entries(userPools)) {
    if (!isMapping(pool)) continue;
    if (rule.part === 'pool') {
      if (sound(['userPools', poolId])) pools[poolId] = pool;
      continue;
    }
    const key = POOL_MEMBERS[rule.part];
    const members = pool[key];
    const poolView: Record<string, unknown> = { ...pool };
    if (!isMapping(members)) delete poolView[key];
    else
      poolView[key] = Object.fromEntries(
        Object.entries(members).filter(([id]) => sound(['userPools', poolId, key, id])),
      );
    pools[poolId] = poolView;
  }
  view.userPools = pools;
  return view as unknown as CogfedFile;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value)
  );
}
