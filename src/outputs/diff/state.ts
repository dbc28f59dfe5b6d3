import type { Model } from '../../model/model';

/**
 * Where a stack's Terraform state lives. Terraform knows a stack by its state,
 * not by its name: two sides with the same state are one stack (renamed, if
 * the names differ), and a stack whose state is elsewhere starts from an
 * empty one. S3: the bucket and the key (a bucket name is global, so its
 * Region adds nothing; `encrypt` and `use_lockfile` change how the state is
 * kept, not which state it is). Local: `terraform.<stack>.tfstate` in the
 * project root, the path src/compile/provider.ts (localStatePath) writes, so
 * a local stack's state follows its name.
 */
export function stateLocation(model: Model): string {
  const backend = model.backend;
  return backend.kind === 's3'
    ? `s3://${backend.bucket}/${backend.key}`
    : `the local file terraform.${model.stack}.tfstate`;
}

export function sameState(a: Model, b: Model): boolean {
  return stateLocation(a) === stateLocation(b);
}
