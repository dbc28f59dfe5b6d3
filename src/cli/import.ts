import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { formatText } from '../outputs/format/text';
import { UsageError } from '../load/files';
import { exitOnError } from './main';

interface ImportCommandOptions {
  poolId?: string;
  region?: string;
  from?: string;
  stack?: string;
  poolKey?: string;
  secretRef?: string;
  output?: string;
  force?: boolean;
  acceptLoss?: boolean;
}

type ImportStage = typeof import('../outputs/import');

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      "write the cogfed YAML (with import marks for Terraform) for an existing user pool, live from AWS (--pool-id) or from the AWS CLI's JSON (--from); exit 1 if the first apply would change or lose something, unless --accept-loss",
    )
    .option(
      '--pool-id <id>',
      'the user pool to read from AWS (standard credential chain), e.g. us-east-1_AbC123',
    )
    .option('--region <region>', 'its region (default: the one in the pool id)')
    .option(
      '--from <path>',
      'a folder of AWS CLI output (describe-user-pool.json, ...), or one JSON array of it; see README',
    )
    .option('--stack <name>', "the stack name (default: from the pool's name)")
    .option(
      '--pool-key <id>',
      "the pool's YAML key, which names its Terraform addresses (default: from the pool's name)",
    )
    .option(
      '--secret-ref <template>',
      'where the file says each OIDC client secret lives: ssm:<name>, secretsManager:<name>[#key] or variable:<name>, with {provider}, {pool}, {stack}',
      'ssm:/{stack}/{provider}/client-secret',
    )
    .option('-o, --output <file>', 'write the YAML here instead of stdout')
    .option('--force', 'replace --output if it exists')
    .option(
      '--accept-loss',
      'write the file even though the first apply would change or remove what is listed',
    )
    .action((options: ImportCommandOptions) => {
      // The work is asynchronous (AWS calls); errors end the process the same way as a synchronous command's.
      runImport(options).catch(exitOnError);
    });
}

async function runImport(options: ImportCommandOptions): Promise<void> {
  if ((options.poolId === undefined) === (options.from === undefined))
    throw new UsageError(
      "give exactly one of --pool-id <id> (read AWS) or --from <folder> (read the AWS CLI's output)",
    );
  if (options.output !== undefined && existsSync(options.output) && !options.force)
    throw new UsageError(`--output ${options.output} exists; remove it or add --force`);
  // Loaded only now: nothing of the importer (nor the AWS SDK, which from-aws.ts loads) at other commands' start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const stage = require('../outputs/import') as ImportStage;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderReport } =
    require('../outputs/import/report') as typeof import('../outputs/import/report');
  const snapshot = await readSnapshot(options);
  let result: ReturnType<ImportStage['importPool']>;
  try {
    result = stage.importPool(snapshot, {
      ...(options.stack !== undefined ? { stack: options.stack } : {}),
      ...(options.poolKey !== undefined ? { poolKey: options.poolKey } : {}),
      ...(options.secretRef !== undefined ? { secretRef: options.secretRef } : {}),
      schemaPath: schemaPath(options.output),
      fileName: options.output ?? '<import>',
    });
  } catch (error) {
    if (error instanceof stage.SecretRefError) throw new UsageError(error.message);
    throw error;
  }

  process.stderr.write(renderReport(result, snapshot.source));
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    // Positions are in the file that would have been written; the pointer names the key.
    process.stderr.write(
      `\nThe imported configuration does not validate, so nothing was written:\n${formatText(result.diagnostics)}`,
    );
    process.stderr.write(
      'cogfed: the pool uses something cogfed cannot express yet (see the findings); nothing written\n',
    );
    process.exitCode = 1;
    return;
  }
  if (result.blocking.length > 0 && !options.acceptLoss) {
    process.stderr.write(
      `\ncogfed: the first apply would change or remove ${result.blocking.length} live setting${result.blocking.length === 1 ? '' : 's'} listed above; nothing written. Re-run with --accept-loss to write the file anyway.\n`,
    );
    process.exitCode = 1;
    return;
  }
  if (options.output !== undefined) {
    const temporary = join(
      dirname(resolve(options.output)),
      `.${Date.now().toString(36)}-${process.pid}.cogfed-import.tmp`,
    );
    writeFileSync(temporary, result.yaml);
    renameSync(temporary, options.output);
    process.stderr.write(`\ncogfed: wrote ${options.output}`);
  } else {
    process.stdout.write(result.yaml);
    process.stderr.write('\ncogfed: wrote the YAML to stdout');
  }
  const target = options.output ?? 'the file';
  process.stderr.write(
    `. Next: create the secrets above, run \`cogfed validate ${target}\` and \`cogfed synth\`, and check that the first \`terraform plan\` shows only imports.\n`,
  );
  process.exitCode = 0;
}

async function readSnapshot(
  options: ImportCommandOptions,
): Promise<import('../outputs/import').PoolSnapshot> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSnapshot: readFolder, SnapshotError } =
    require('../outputs/import/from-folder') as typeof import('../outputs/import/from-folder');
  try {
    if (options.from !== undefined) {
      if (!existsSync(options.from))
        throw new UsageError(`no such file or folder: ${options.from}`);
      return readFolder(options.from);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readLive } =
      require('../outputs/import/from-aws') as typeof import('../outputs/import/from-aws');
    return await readLive(
      options.poolId!,
      options.region !== undefined ? { region: options.region } : {},
    );
  } catch (error) {
    if (error instanceof SnapshotError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The modeline's `$schema`: relative to the file's folder, to the project's
 * schemas/cogfed.schema.json (or the one shipped with cogfed). On stdout the
 * file is assumed to go into config/, as the examples do.
 */
function schemaPath(output: string | undefined): string {
  if (output === undefined) return '../schemas/cogfed.schema.json';
  const local = resolve('schemas/cogfed.schema.json');
  // dist/cogfed.js (the bundle) and dist/src/cli/import.js both find the package root above them.
  const shipped = [
    resolve(__dirname, '../schemas/cogfed.schema.json'),
    resolve(__dirname, '../../../schemas/cogfed.schema.json'),
  ].find(existsSync);
  const schema = existsSync(local) ? local : (shipped ?? local);
  return relative(dirname(resolve(output)), schema)
    .split(sep)
    .join('/');
}
