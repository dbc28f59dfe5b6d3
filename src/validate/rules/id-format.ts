import type { RuleFinding } from './rule';
import { received } from '../finding';
import { Path, defineRule, pools } from './rule';
import { carriesUserinfo } from './url';

const ID = /^[a-z][a-z0-9_-]*$/;
const MAX_LENGTH = 64;

export const idFormat = defineRule({
  code: 'id-format',
  description:
    'Pool, client and resource-server ids are 1-64 characters of [a-z0-9_-], start with a letter, and contain no `__`.',
  source:
    'docs/aws-limits.md#terraform-names (ids are `[a-z][a-z0-9_-]*` and name Terraform addresses); ' +
    'https://developer.hashicorp.com/terraform/language/syntax/configuration#identifiers',
  part: 'pool',
  reads: ['clients.@keys', 'resourceServers.@keys'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { id, pool, path } of pools(file)) {
      out.push(...checkId('a pool', id, path));
      for (const rsId of Object.keys(pool.resourceServers ?? {}))
        out.push(...checkId('a resource server', rsId, [...path, 'resourceServers', rsId]));
      for (const clientId of Object.keys(pool.clients ?? {}))
        out.push(...checkId('a client', clientId, [...path, 'clients', clientId]));
    }
    return out;
  },
});

function checkId(kind: string, id: string, path: Path): RuleFinding[] {
  const finding = (message: string, hint: string): RuleFinding[] => [
    { path, target: 'key', message, hint },
  ];
  const renameNote =
    'the id names Terraform addresses, so renaming a deployed one destroys and recreates it';
  if (!ID.test(id)) {
    const suggestion = suggestId(id);
    return finding(
      `${kind} id is a lower-case letter followed by lower-case letters, digits, \`_\` and \`-\` ([a-z][a-z0-9_-]*); received ${received(id)}`,
      `${suggestion ? `rename it, e.g. \`${suggestion}\`; ` : 'rename it; '}${renameNote}`,
    );
  }
  if (id.length > MAX_LENGTH) {
    return finding(
      `${kind} id is at most ${MAX_LENGTH} characters; received ${id.length} characters`,
      `shorten the id; ${renameNote}`,
    );
  }
  if (id.includes('__')) {
    return finding(
      `${kind} id must not contain \`__\`: cogfed joins ids with \`__\` to build Terraform addresses, so \`a__b\` would be ambiguous; received ${received(id)}`,
      `use a single \`_\` or \`-\`, e.g. \`${id.replace(/_{2,}/g, '_')}\`; ${renameNote}`,
    );
  }
  return [];
}

/** A valid id close to what was written, when there is one (never from a URL with a password: the suggestion would spell it out). */
function suggestId(id: string): string | undefined {
  if (carriesUserinfo(id)) return undefined;
  const candidate = id
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/_{2,}/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, MAX_LENGTH);
  return ID.test(candidate) ? candidate : undefined;
}
