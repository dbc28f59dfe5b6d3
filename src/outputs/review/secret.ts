import type { SecretRef } from '../../validate/config';

/**
 * Where a secret comes from, in words: the reference only, never a value
 * (cogfed never sees one). `name` formats the names (e.g. as Markdown code).
 */
export function describeSecret(
  ref: SecretRef,
  name: (value: string) => string = (value) => value,
): string {
  if ('ssm' in ref) return `SSM parameter ${name(ref.ssm)}`;
  if ('secretsManager' in ref)
    return `Secrets Manager secret ${name(ref.secretsManager)}${ref.key ? ` (key ${name(ref.key)})` : ''}`;
  return `Terraform variable ${name(ref.variable)} (${name(`TF_VAR_${ref.variable}`)})`;
}
