import type { SecretRef } from '../../validate/config';

/**
 * Where the imported file says a secret lives. `--secret-ref` is a template:
 *   ssm:/acme/idp/{provider}/client-secret
 *   secretsManager:acme/idp/{provider}            (or ...#field for one field of a JSON secret)
 *   variable:{provider}_client_secret
 * with `{provider}` (the provider name), `{pool}` (the pool's key) and
 * `{stack}`. Each placeholder is reduced to the characters its form allows.
 */
export const DEFAULT_SECRET_REF = 'ssm:/{stack}/{provider}/client-secret';

export interface SecretTemplate {
  kind: 'ssm' | 'secretsManager' | 'variable';
  text: string;
  key?: string;
}

export class SecretRefError extends Error {}

export function parseSecretTemplate(template: string): SecretTemplate {
  const match = /^(ssm|secretsManager|variable):(.+)$/.exec(template);
  if (!match)
    throw new SecretRefError(
      `--secret-ref ${JSON.stringify(template)} is not ssm:<name>, secretsManager:<name>[#key] or variable:<name>`,
    );
  const kind = match[1] as SecretTemplate['kind'];
  if (kind === 'secretsManager' && match[2].includes('#')) {
    const [text, key] = [
      match[2].slice(0, match[2].lastIndexOf('#')),
      match[2].slice(match[2].lastIndexOf('#') + 1),
    ];
    if (!text || !key)
      throw new SecretRefError(
        `--secret-ref ${JSON.stringify(template)}: secretsManager:<name>#<key> needs both`,
      );
    return { kind, text, key };
  }
  const unknown = /\{(?!provider\}|pool\}|stack\})[^}]*\}/.exec(match[2]);
  if (unknown)
    throw new SecretRefError(
      `--secret-ref ${JSON.stringify(template)}: unknown placeholder ${unknown[0]}; use {provider}, {pool} or {stack}`,
    );
  return { kind, text: match[2] };
}

/** Characters each form allows in a name (SSM parameter names; Secrets Manager names; HCL identifiers). */
const ALLOWED = {
  ssm: /[^A-Za-z0-9_.\-/]/g,
  secretsManager: /[^A-Za-z0-9_+=.@\-/]/g,
  variable: /[^A-Za-z0-9_]/g,
} as const;

export function expandSecretRef(
  template: SecretTemplate,
  values: { provider: string; pool: string; stack: string },
): SecretRef {
  const clean = (text: string) =>
    text.replace(ALLOWED[template.kind], template.kind === 'variable' ? '_' : '-');
  const text = template.text.replace(
    /\{(provider|pool|stack)\}/g,
    (_m, name: keyof typeof values) => clean(values[name]),
  );
  if (template.kind === 'ssm') return { ssm: text };
  if (template.kind === 'secretsManager')
    return template.key ? { secretsManager: text, key: template.key } : { secretsManager: text };
  return { variable: /^[A-Za-z_]/.test(text) ? text : `_${text}` };
}

/** The reference, as one line for the report: `ssm /acme/idp/Okta/client-secret`. */
export function describeSecretRef(ref: SecretRef): string {
  if ('ssm' in ref) return `SSM parameter ${ref.ssm} (SecureString)`;
  if ('secretsManager' in ref)
    return `Secrets Manager secret ${ref.secretsManager}${ref.key ? `, JSON field "${ref.key}"` : ''}`;
  return `Terraform variable ${ref.variable} (the pipeline sets TF_VAR_${ref.variable})`;
}

export function sameRef(a: SecretRef, b: SecretRef): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
