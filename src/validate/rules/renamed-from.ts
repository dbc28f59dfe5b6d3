import type { Path, RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, pools } from './rule';

/** Logical ids as the id-format rule allows them: what an old address can have been. */
const ID = /^[a-z][a-z0-9_-]*$/;

export const renamedFrom = defineRule({
  code: 'renamed-from',
  description:
    '`renamedFrom` names the previous key of a pool, client or resource server: a valid id, not the key itself nor another key of the same kind, claimed once; providers cannot be renamed.',
  source:
    "https://developer.hashicorp.com/terraform/language/moved (a `moved` block changes a resource's address in state); " +
    "docs/aws-limits.md#renames-and-moved-blocks (a provider's name is its identity: provider_name forces replacement)",
  part: 'file',
  reads: [
    'userPools.@keys',
    'userPools.*.renamedFrom',
    'userPools.*.clients.@keys',
    'userPools.*.clients.*.renamedFrom',
    'userPools.*.resourceServers.@keys',
    'userPools.*.resourceServers.*.renamedFrom',
    'userPools.*.identityProviders.*.renamedFrom',
  ],
  check(file) {
    const out: RuleFinding[] = [];
    const poolEntries = [...pools(file)];
    checkKind(
      'pool',
      poolEntries.map((p) => ({ key: p.id, renamedFrom: p.pool.renamedFrom, path: p.path })),
      out,
    );
    for (const { pool, path } of poolEntries) {
      const members = (kind: 'clients' | 'resourceServers') =>
        Object.entries(pool[kind] ?? {}).map(([key, member]) => ({
          key,
          renamedFrom: member.renamedFrom,
          path: [...path, kind, key] as Path,
        }));
      checkKind('client', members('clients'), out);
      checkKind('resource server', members('resourceServers'), out);
      for (const [name, provider] of Object.entries(pool.identityProviders ?? {})) {
        if (provider.renamedFrom === undefined) continue;
        out.push({
          path: [...path, 'identityProviders', name, 'renamedFrom'],
          message: `a provider cannot be renamed without being replaced: its key \`${name}\` is its Cognito provider name, and a new provider_name is a new provider at AWS (it forces replacement); no \`moved\` block keeps the users linked to ${received(provider.renamedFrom)}`,
          hint: 'keep the old name; or add the new provider beside the old one, move the identifiers over, and remove the old one once its users have signed in again',
        });
      }
    }
    return out;
  },
});

function checkKind(
  kind: string,
  entries: Array<{ key: string; renamedFrom?: string; path: Path }>,
  out: RuleFinding[],
): void {
  const keys = new Set(entries.map((e) => e.key));
  const claimed = new Map<string, string>();
  for (const { key, renamedFrom: old, path } of entries) {
    if (old === undefined) continue;
    const at = [...path, 'renamedFrom'];
    let problem: string | undefined;
    if (!ID.test(old) || old.includes('__'))
      problem = `is not a ${kind} id (\`[a-z][a-z0-9_-]*\`, without \`__\`)`;
    else if (old === key) problem = `is the ${kind}'s own key`;
    else if (keys.has(old))
      problem = `is the key of another ${kind} of this file, so both would claim one address`;
    else if (claimed.has(old)) problem = `is already claimed by ${kind} \`${claimed.get(old)}\``;
    if (problem) {
      out.push({
        path: at,
        message: `\`renamedFrom\` names the previous key of this ${kind}; received ${received(old)}, which ${problem}`,
        hint: `write the key the ${kind} had before the rename, or remove \`renamedFrom\``,
      });
      continue;
    }
    claimed.set(old, key);
  }
}
