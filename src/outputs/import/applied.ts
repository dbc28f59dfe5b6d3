import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBlocks } from '../../compile/imports';
import { buildModel } from '../../model/build';
import type { CogfedFile } from '../../validate/config';

/**
 * Whether the adoption a file's `importId` marks ask for has happened: every
 * marked resource is in the stack's Terraform state. Known only where the
 * state can be read without credentials: the local backend's
 * `terraform.<stack>.tfstate` in the project root (where synth points the
 * local backend, src/compile/provider.ts). With an S3 backend cogfed cannot
 * tell offline and says nothing; `terraform plan` says "0 to import" then.
 *
 * Leaving the marks is harmless: Terraform skips an import block whose
 * resource is already in state with that id, and keeps the block as a
 * record (https://developer.hashicorp.com/terraform/language/import).
 */
export function adoptionNote(
  file: string,
  config: CogfedFile,
  projectRoot = process.cwd(),
): string | undefined {
  if (config.backend?.s3) return undefined;
  const blocks = importBlocks(buildModel(config, file));
  if (blocks.length === 0) return undefined;
  const statePath = join(projectRoot, `terraform.${config.stack}.tfstate`);
  if (!existsSync(statePath)) return undefined;
  let state: {
    resources?: Array<{ mode?: string; type?: string; name?: string; instances?: unknown[] }>;
  };
  try {
    state = JSON.parse(readFileSync(statePath, 'utf8'));
  } catch {
    return undefined;
  }
  const inState = new Set(
    (state.resources ?? [])
      .filter((r) => r.mode === 'managed' && (r.instances?.length ?? 0) > 0)
      .map((r) => `${r.type}.${r.name}`),
  );
  if (!blocks.every((b) => inState.has(b.to))) return undefined;
  return (
    `${file}: note: the adoption is applied: all ${blocks.length} resources marked with importId are in terraform.${config.stack}.tfstate. ` +
    'The marks can stay (Terraform skips an import block whose resource is already in state) or go.\n'
  );
}
