import type { Model, Pool } from '../../model/model';
import { poolIdOutput } from './endpoints';
import { code, list, text } from './markdown';

/**
 * The lines of a pool this stack attaches to by id (`existingPool`): what it
 * is, that this stack can never replace or delete it, and what the stack
 * adds to it. Its own settings are its owner's, so none is shown.
 */
export function existingPoolLines(model: Model, pool: Pool): string {
  const existing = pool.existing!;
  return (
    [
      `- Existing pool ${code(existing.id)}, not managed by this stack: read with the \`aws_cognito_user_pool\` data source, so this stack never creates, changes, replaces or deletes it; its sign-in, MFA, custom attributes and domain are its owner's (stack output ${code(poolIdOutput(pool))} holds its id)`,
      `- Issuer: ${code(`https://cognito-idp.${model.region}.amazonaws.com/${existing.id}`)}`,
      `- Domain: ${existing.domainHost ? `${code(`https://${existing.domainHost}`)} (the owner's, \`existingDomain\`)` : "the owner's, not named here (`existingDomain`)"}`,
      `- Resource servers: ${list(pool.resourceServers.map((rs) => `${code(rs.identifier)} (${text(rs.name)}): ${list(rs.scopes.map((s) => code(s.name)))}`))}`,
      ...(pool.providers.length === 0 ? ['- Identity providers: none added by this stack'] : []),
      ...(pool.clients.length === 0 ? ['- App clients: none added by this stack'] : []),
    ].join('\n') + '\n'
  );
}
