import type { CogfedFile, SecretRef } from '../../validate/config';
import type { ImportResult } from './index';
import { EFFECT_TEXT, ImportNote } from './notes';
import { describeSecretRef } from './secret-ref';

/** What the file adopts, counted by kind: one Terraform import block each. */
export function adoptedCounts(config: CogfedFile): Array<[string, number]> {
  const counts = new Map<string, number>();
  const add = (kind: string, id: string | undefined) => {
    if (id !== undefined) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  };
  for (const pool of Object.values(config.userPools ?? {})) {
    add('user pool', pool.importId);
    add('domain', pool.domain?.importId);
    for (const s of Object.values(pool.resourceServers ?? {})) add('resource server', s.importId);
    for (const p of Object.values(pool.identityProviders ?? {}))
      add('identity provider', p.importId);
    for (const c of Object.values(pool.clients ?? {})) {
      add('app client', c.importId);
      add('managed login style', c.brandingImportId);
    }
  }
  return [...counts];
}

/**
 * The report `cogfed import` prints on stderr: what it adopts, every note
 * (resource, attribute, live value, what Terraform does), and the secrets to
 * create. Values of secrets are never in a note, so never here.
 */
export function renderReport(result: ImportResult, source: string): string {
  const lines: string[] = [];
  const counts = adoptedCounts(result.config);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  lines.push(`cogfed import: user pool ${result.poolId} from ${source}, stack ${result.stack}`);
  lines.push(
    `  adopts ${counts.map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ')} (${total} import block${total === 1 ? '' : 's'})`,
  );
  if (result.notes.length > 0) {
    lines.push('', 'What cogfed does not manage, or the first apply changes:');
    const byResource = new Map<string, ImportNote[]>();
    for (const note of result.notes)
      byResource.set(note.resource, [...(byResource.get(note.resource) ?? []), note]);
    for (const [resource, notes] of byResource) {
      lines.push(`  ${resource}`);
      for (const note of notes) {
        lines.push(
          `    ${note.attribute} = ${note.live}: ${EFFECT_TEXT[note.effect]} [${note.effect}]`,
        );
        lines.push(`      ${note.why}`);
      }
    }
  }
  if (result.secrets.length > 0) {
    lines.push(
      '',
      'Secrets to create before the first plan (the file names them; their values are in no output):',
    );
    for (const secret of result.secrets) {
      lines.push(
        `  ${describeSecretRef(secret.ref)}: the ${secret.field} of the identity provider ${secret.provider}`,
      );
      const how = howToCreate(secret.ref, result.poolId, secret.provider, secret.field);
      if (how) lines.push(`    ${how}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A command that copies the secret from Cognito into its new home without printing it. */
function howToCreate(
  ref: SecretRef,
  poolId: string,
  provider: string,
  field: string,
): string | undefined {
  const read = `"$(aws cognito-idp describe-identity-provider --user-pool-id ${poolId} --provider-name ${shellQuote(provider)} --query ${shellQuote(`ProviderDetails.${field}`)} --output text)"`;
  if ('ssm' in ref)
    return `aws ssm put-parameter --type SecureString --name ${shellQuote(ref.ssm)} --value ${read}`;
  if ('secretsManager' in ref && ref.key === undefined)
    return `aws secretsmanager create-secret --name ${shellQuote(ref.secretsManager)} --secret-string ${read}`;
  if ('secretsManager' in ref)
    return `store it as the JSON field ${JSON.stringify(ref.key)} of the secret ${ref.secretsManager}`;
  return `export TF_VAR_${ref.variable}=${read}   # in the pipeline that runs terraform, as a secret`;
}

function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
