import { AwsProvider, LocalBackend, S3Backend, TerraformStack } from './engine';
import { relative, resolve, sep } from 'node:path';
import type { Model } from '../model/model';
import { literal, literalMap } from './expressions';

/** The tag every resource cogfed creates carries, so a console user can tell who owns it. */
export const MANAGED_BY_TAG = { 'managed-by': 'cogfed' };

export function addProvider(stack: TerraformStack, model: Model): void {
  new AwsProvider(stack, 'aws', {
    region: literal(model.region),
    // The file's own tags win over cogfed's: a team that sets `managed-by` means it.
    defaultTags: [{ tags: literalMap({ ...MANAGED_BY_TAG, ...model.tags }) }],
  });
  // cdktf writes the bindings' provider version as an exact pin (6.25.0), which
  // fails `terraform init` on any other version or lock file; the model holds a
  // constraint (default `~> 6.25`, or the file's `aws.providerVersion`).
  stack.addOverride('terraform.required_providers.aws.version', model.awsProviderVersion);
}

export function addBackend(stack: TerraformStack, model: Model, outdir: string): void {
  const backend = model.backend;
  if (backend.kind === 's3') {
    const s3 = new S3Backend(stack, {
      bucket: literal(backend.bucket),
      key: literal(backend.key),
      region: literal(backend.region),
      encrypt: backend.encrypt,
    });
    // cdktf 0.21's S3BackendConfig predates S3-native locking (Terraform >= 1.10); an override writes it.
    s3.addOverride('use_lockfile', backend.useLockfile);
    return;
  }
  new LocalBackend(stack, { path: localStatePath(model.stack, outdir) });
}

/**
 * Where local state lives: `terraform.<stack>.tfstate` in the project root
 * (the folder cogfed runs in), where cdktf's own default puts it. Terraform
 * runs in `<outdir>/stacks/<stack>/` and resolves the path from there, so it
 * is written relative to that folder: `../../../terraform.<stack>.tfstate` for
 * the default `cdktf.out`. Relative, because cdktf's default is an absolute
 * path, which would make the JSON differ from machine to machine; and not
 * inside `<outdir>`, which each synth replaces.
 */
export function localStatePath(stack: string, outdir: string, cwd = process.cwd()): string {
  const fromStackDir = relative(resolve(cwd, outdir, 'stacks', stack), cwd)
    .split(sep)
    .join('/');
  return `${fromStackDir ? `${fromStackDir}/` : ''}terraform.${stack}.tfstate`;
}
