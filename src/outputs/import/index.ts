import { buildModel } from '../../model/build';
import type {
  CogfedFile,
  IdentityProviderConfig,
  SecretRef,
  UserPoolConfig,
} from '../../validate/config';
import { recoveryMechanisms } from '../../model/derived';
import type { Diagnostic } from '../../load/diagnostic';
import { validateContents } from '../../validate';
import { Fields, Json } from './fields';
import { validId, validStackName } from './ids';
import { mapClients } from './map-clients';
import { mapDomain } from './map-domain';
import { mapPool } from './map-pool';
import { ImportedSecret, mapProviders } from './map-providers';
import { mapResourceServers } from './map-resource-servers';
import { BLOCKING, ImportNote, summarize } from './notes';
import {
  DEFAULT_SECRET_REF,
  expandSecretRef,
  parseSecretTemplate,
  sameRef,
  SecretRefError,
} from './secret-ref';
import { PoolSnapshot, regionOfPoolId } from './snapshot';
import { writeYaml } from './write-yaml';

export type { PoolSnapshot } from './snapshot';
export type { ImportNote, Effect } from './notes';
export type { ImportedSecret } from './map-providers';
export { BLOCKING } from './notes';
export { SecretRefError } from './secret-ref';

export interface ImportOptions {
  /** The stack name; default: the pool's name made a valid stack name. */
  stack?: string;
  /** The pool's YAML key; default: the pool's name made a valid id. */
  poolKey?: string;
  /** The `--secret-ref` template (secret-ref.ts); default DEFAULT_SECRET_REF. */
  secretRef?: string;
  /** The modeline's schema path, relative to where the file will live. */
  schemaPath: string;
  /** The name the file is validated under (the `-o` path, or `<stdout>`). */
  fileName: string;
}

export interface ImportResult {
  stack: string;
  poolId: string;
  config: CogfedFile;
  /** The YAML text; written only when `diagnostics` holds no error. */
  yaml: string;
  /** The validator's findings on `yaml` (positions in it). */
  diagnostics: Diagnostic[];
  notes: ImportNote[];
  /** The secret references the file uses: each must be created before the first plan. */
  secrets: ImportedSecret[];
  /** Notes whose effect loses (or may lose) something live. */
  blocking: ImportNote[];
}

/**
 * One user pool, as the Cognito API describes it, to a cogfed file that
 * adopts it: every resource carries the `importId` synth turns into a
 * Terraform `import` block. Pure: no I/O, no AWS, no CDKTF.
 */
export function importPool(snapshot: PoolSnapshot, options: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  const pool = new Fields(snapshot.userPool, 'UserPool');
  const poolId = String(snapshot.userPool.Id ?? '');
  const poolName = String(snapshot.userPool.Name ?? poolId);
  const region = regionOfPoolId(poolId) ?? String(snapshot.userPool.Arn ?? '').split(':')[3] ?? '';
  const stack = options.stack ?? validStackName(poolName);
  const key = options.poolKey ?? validId(poolName, 'pool');
  const poolResource = `user pool ${poolId}`;

  const mapped = mapPool(pool, snapshot.mfaConfig, {
    resource: poolResource,
    note: (attribute, live, effect, why) =>
      notes.push({
        resource: poolResource,
        attribute: attribute.startsWith('GetUserPoolMfaConfig')
          ? attribute
          : `UserPool.${attribute}`,
        live: summarize(live),
        effect,
        why,
      }),
  });
  const domain = mapDomain(snapshot.userPool, snapshot.domains, notes);
  const resourceServers = mapResourceServers(poolId, snapshot.resourceServers, notes);
  const { providers, secrets } = mapProviders(
    poolId,
    snapshot.providers,
    secretRefs(options.secretRef ?? DEFAULT_SECRET_REF, stack, key),
    notes,
  );
  const clients = mapClients(
    snapshot.clients,
    {
      poolId,
      providers: new Set(Object.keys(providers)),
      ...(domain ? { managedLoginVersion: domain.managedLoginVersion ?? 1 } : {}),
      brandings: snapshot.brandings,
    },
    notes,
  );
  notes.push(...pool.unread(poolResource));

  const { name, ...rest } = mapped.config;
  const userPool: UserPoolConfig = {
    importId: poolId,
    ...(name !== undefined && name !== `${stack}-${key}` ? { name } : {}),
    ...rest,
    ...(domain ? { domain } : {}),
    ...(Object.keys(resourceServers).length > 0 ? { resourceServers } : {}),
    ...(Object.keys(providers).length > 0
      ? { identityProviders: providers as Record<string, IdentityProviderConfig> }
      : {}),
    ...(Object.keys(clients).length > 0 ? { clients } : {}),
  };
  const config: CogfedFile = {
    version: 1,
    stack,
    aws: {
      region,
      ...(Object.keys(mapped.tags).length > 0 ? { tags: sortedRecord(mapped.tags) } : {}),
    },
    userPools: { [key]: userPool },
  };
  const yaml = writeYaml(config, {
    schemaPath: options.schemaPath,
    header: [
      '',
      `Imported by \`cogfed import\` from the user pool ${poolId} (${poolName}), read from ${snapshot.source}.`,
      'Each importId makes the first `terraform plan` adopt the existing resource',
      '(an import block) instead of creating a new one; see README "Adopting an existing user pool".',
    ],
  });
  const validation = validateContents([{ path: options.fileName, bytes: Buffer.from(yaml) }]);
  const imported = validation.files[0];
  if (validation.ok && imported.valid)
    checkRecovery(imported.config, snapshot.userPool, poolResource, notes);
  return {
    stack,
    poolId,
    config,
    yaml,
    diagnostics: validation.diagnostics,
    notes,
    secrets,
    blocking: notes.filter((n) => BLOCKING.has(n.effect)),
  };
}

/** One reference per provider secret; two providers never share one by accident (a template without {provider}). */
function secretRefs(
  template: string,
  stack: string,
  pool: string,
): (provider: string, field: string) => SecretRef {
  const parsed = parseSecretTemplate(template);
  const given: Array<{ provider: string; ref: SecretRef }> = [];
  return (provider) => {
    const ref = expandSecretRef(parsed, { provider, pool, stack });
    const clash = given.find((g) => sameRef(g.ref, ref));
    if (clash)
      throw new SecretRefError(
        `--secret-ref ${JSON.stringify(template)} gives the providers ${clash.provider} and ${provider} the same reference; put {provider} in it`,
      );
    given.push({ provider, ref });
    return ref;
  };
}

/** cogfed derives the account recovery setting (src/model/derived.ts); a pool that recovers otherwise changes on the first apply. */
function checkRecovery(
  config: CogfedFile,
  userPool: Json,
  resource: string,
  notes: ImportNote[],
): void {
  const model = buildModel(config, '<import>');
  const wanted = recoveryMechanisms(model.pools[0])
    .map((m) => `${m.priority}:${m.name}`)
    .join(',');
  const live =
    ((userPool.AccountRecoverySetting as Json | undefined)?.RecoveryMechanisms as
      Json[] | undefined) ?? [];
  const have = [...live]
    .sort((a, b) => Number(a.Priority) - Number(b.Priority))
    .map((m) => `${m.Priority}:${m.Name}`)
    .join(',');
  if (have !== wanted) {
    notes.push({
      resource,
      attribute: 'UserPool.AccountRecoverySetting',
      live: have || '(none)',
      effect: 'reverted',
      why: `cogfed derives password recovery from the sign-in and verified attributes (here ${wanted}) and cannot set it otherwise yet`,
    });
  }
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
