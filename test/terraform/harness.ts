import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { MANAGED_LOGIN_BRANDING_SINCE } from '../../src/validate/aws-provider';
import {
  compareVersions,
  formatVersion,
  parseConstraint,
  parseVersion,
  satisfies,
} from '../../src/validate/version-constraint';
import type { Json } from '../compile/helpers';

/**
 * The real Terraform engine for the tests in this folder: Terraform from the
 * machine, hashicorp/aws from a local filesystem mirror, no network.
 *
 * - Terraform: `$TERRAFORM_BIN`, else `terraform` on PATH, else
 *   /usr/local/bin/terraform; 1.7 or later (mock_provider, override_data).
 * - The provider: the newest hashicorp/aws for this platform under
 *   `$TF_PLUGIN_MIRROR` (default /opt/tf-plugins), in the unpacked mirror
 *   layout `registry.terraform.io/hashicorp/aws/<version>/<os>_<arch>/`.
 *   `terraform init` links an unpacked mirror's directory instead of copying
 *   the 700 MB binary, so no plugin cache is needed to share it across stacks.
 */
export interface Engine {
  terraform: string;
  terraformVersion: string;
  mirror: string;
  providerVersion: string;
}

const MIN_TERRAFORM = '1.7.0';

/** The engine, or why there is none (one line). */
export function findEngine(): { engine: Engine } | { reason: string } {
  const terraform = findTerraform();
  if (!terraform)
    return { reason: `no terraform binary ($TERRAFORM_BIN, PATH or /usr/local/bin/terraform)` };
  const probe = spawnSync(terraform, ['version', '-json'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', CHECKPOINT_DISABLE: '1' },
    timeout: 30_000,
  });
  const terraformVersion =
    probe.status === 0
      ? (JSON.parse(probe.stdout) as { terraform_version?: string }).terraform_version
      : undefined;
  const parsed = terraformVersion ? parseVersion(terraformVersion.replace(/-.*$/, '')) : undefined;
  if (!terraformVersion || !parsed)
    return { reason: `\`${terraform} version -json\` did not say its version` };
  if (compareVersions(parsed, parseVersion(MIN_TERRAFORM)!) < 0)
    return {
      reason: `terraform ${terraformVersion} is older than ${MIN_TERRAFORM} (mock_provider, override_data)`,
    };

  const mirror = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
  const platform = platformDir();
  const awsDir = join(mirror, 'registry.terraform.io/hashicorp/aws');
  const versions = (existsSync(awsDir) ? readdirSync(awsDir) : [])
    .filter(
      (v) =>
        parseVersion(v) &&
        readdirSafe(join(awsDir, v, platform)).some((f) => f.startsWith('terraform-provider-aws')),
    )
    .sort((a, b) => compareVersions(parseVersion(a)!, parseVersion(b)!));
  if (!versions.length)
    return {
      reason: `no hashicorp/aws for ${platform} in the filesystem mirror ${mirror} ($TF_PLUGIN_MIRROR)`,
    };
  return {
    engine: { terraform, terraformVersion, mirror, providerVersion: versions[versions.length - 1] },
  };
}

function findTerraform(): string | undefined {
  const candidates = [
    process.env.TERRAFORM_BIN,
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((d) => join(d, 'terraform')),
    '/usr/local/bin/terraform',
  ];
  return candidates.find((c): c is string => {
    if (!c) return false;
    try {
      accessSync(c, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function platformDir(): string {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch =
    ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[
      process.arch
    ] ?? process.arch;
  return `${os}_${arch}`;
}

function readdirSafe(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * Resource types cogfed writes that older providers do not have, with the
 * version that added them. When the mirror is older, each is removed from the
 * test's copy of the stack (the compiler's output keeps them).
 */
const NEWER_RESOURCE_TYPES: ReadonlyArray<{ type: string; since: string }> = [
  // Added in hashicorp/aws 6.12.0 (PR #43817, CHANGELOG 6.12.0; evidence in src/validate/aws-provider.ts).
  { type: 'aws_cognito_managed_login_branding', since: MANAGED_LOGIN_BRANDING_SINCE },
];

/**
 * The copy of a stack the Terraform tests run, and every change made to it,
 * each with its reason. The one place that adapts cogfed's output for the tests:
 *
 * 1. `lifecycle.prevent_destroy` is removed (cogfed sets it on user pools):
 *    `terraform test` destroys what its `command = apply` runs created when a
 *    test file ends, and prevent_destroy makes that destroy an error.
 * 2. When the mirrored provider does not meet the stack's version constraint
 *    (the mirror here holds 5.100.0, the constraint is `~> 6.25`), the
 *    constraint becomes `= <mirrored version>`: the tests run the provider
 *    binary there is, offline.
 * 3. Each resource whose type the mirrored version predates
 *    (NEWER_RESOURCE_TYPES) is removed, and nothing may still refer to it.
 */
export function prepareStack(
  original: Json,
  providerVersion: string,
): { stack: Json; changes: string[] } {
  const stack = JSON.parse(JSON.stringify(original)) as Json;
  const changes: string[] = [];
  for (const [type, byName] of Object.entries<Record<string, Json>>(stack.resource ?? {})) {
    for (const [name, resource] of Object.entries(byName)) {
      if (resource.lifecycle?.prevent_destroy === undefined) continue;
      delete resource.lifecycle.prevent_destroy;
      if (!Object.keys(resource.lifecycle).length) delete resource.lifecycle;
      changes.push(
        `${type}.${name}: lifecycle.prevent_destroy removed, because terraform test destroys what its apply run created`,
      );
    }
  }

  const mirrored = parseVersion(providerVersion)!;
  const constraint: string = stack.terraform.required_providers.aws.version;
  const items = parseConstraint(constraint);
  if (!items)
    throw new Error(
      `the stack's hashicorp/aws constraint ${JSON.stringify(constraint)} does not parse`,
    );
  if (!satisfies(items, mirrored)) {
    stack.terraform.required_providers.aws.version = `= ${providerVersion}`;
    changes.push(
      `terraform.required_providers.aws.version: ${JSON.stringify(constraint)} became "= ${providerVersion}", the provider the mirror holds`,
    );
  }
  for (const { type, since } of NEWER_RESOURCE_TYPES) {
    if (compareVersions(mirrored, parseVersion(since)!) >= 0 || !stack.resource?.[type]) continue;
    for (const name of Object.keys(stack.resource[type])) {
      changes.push(
        `${type}.${name}: removed, because ${type} arrived in hashicorp/aws ${since} and the mirror holds ${formatVersion(mirrored)}`,
      );
    }
    delete stack.resource[type];
    const text = JSON.stringify(stack);
    if (text.includes(`${type}.`))
      throw new Error(
        `the stack still refers to ${type}, which the test removed for the older mirrored provider`,
      );
  }
  return { stack, changes };
}

/** A CLI configuration that installs hashicorp/* from the mirror only: no registry, no network. */
export function writeCliConfig(dir: string, engine: Engine): string {
  const file = join(dir, 'terraform.rc');
  writeFileSync(
    file,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(engine.mirror)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n}\n`,
  );
  return file;
}

/**
 * Run terraform in `cwd` with a clean environment: the CLI config above, no
 * checkpoint call, a private data dir and HOME, no variables, credentials or
 * CLI arguments from the developer's shell, and every HTTP(S) request sent to
 * a closed local port, so anything that tries the network fails at once.
 */
export function runTerraform(
  engine: Engine,
  cliConfig: string,
  cwd: string,
  args: string[],
): SpawnSyncReturns<string> {
  const home = join(cwd, '.home');
  mkdirSync(home, { recursive: true });
  const nowhere = 'http://127.0.0.1:9';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_DATA_DIR: join(cwd, '.terraform'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    HTTP_PROXY: nowhere,
    HTTPS_PROXY: nowhere,
    http_proxy: nowhere,
    https_proxy: nowhere,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
  };
  return spawnSync(engine.terraform, [...args, '-no-color'], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
}
