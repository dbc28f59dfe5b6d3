import { domainBaseUrl, idpResponseUrl } from '../../../model/endpoints';
import type { Pool } from '../../../model/model';
import { idBoundRegistrations } from '../registration-changes';
import { inPool, PoolPair } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const domainChanged = defineHazard({
  code: 'domain-changed',
  severity: 'warning',
  description:
    "A pool's domain changes or is removed, or its pool is created again: what each IdP registered for it (the redirect URI, or values that carry the pool id or a client id) must be registered again.",
  // Replaced pools too: pool-replaced says the users are deleted, not what each IdP must be given.
  detect({ pairedPools }) {
    const out: HazardFinding[] = [];
    for (const pair of pairedPools) {
      const { before, after } = pair;
      if (!before.domain) continue;
      const message =
        before.domain.host !== after.domain?.host
          ? moved(before, after)
          : pair.fate !== 'survives'
            ? recreated(pair)
            : undefined;
      if (!message) continue;
      out.push({
        subject: after.id,
        path: inPool(after, 'domain'),
        target: 'key',
        message,
        hint:
          before.domain.host !== after.domain?.host
            ? 'register the new redirect URI at every identity provider of the pool (cogfed review prints it) before this is applied'
            : 'once this is applied, register the new values at each identity provider (cogfed review prints them, and the stack outputs that hold the new ids)',
      });
    }
    return out;
  },
});

/** The host changes or goes: the redirect URI itself changes. */
function moved(before: Pool, after: Pool): string {
  const old = before.domain!;
  return after.domain
    ? `the domain of pool ${after.id} changes from ${old.host} to ${after.domain.host}: every identity provider's registered redirect URI must change from ${idpResponseUrl(old)} to ${idpResponseUrl(after.domain)}, and the apps' sign-in and sign-out URLs change with it`
    : `pool ${after.id} loses its domain ${old.host}: the hosted endpoints (${idpResponseUrl(old)}, ${domainBaseUrl(old)}/oauth2/authorize, ${domainBaseUrl(old)}/logout) stop working, and federated sign-in with them`;
}

/**
 * The host stays but the pool is created again: the redirect URI keeps its
 * value (it depends only on the host), while everything registered with the
 * pool id or a client id must be registered again. Nothing to say when no
 * provider registered such a value.
 */
function recreated({ after, fate }: PoolPair): string | undefined {
  const bound = idBoundRegistrations(after);
  if (bound.length === 0) return undefined;
  const domain = after.domain!;
  const what = bound
    .map(({ provider, items }) => `at ${provider.name}, ${items.map(lowerFirst).join(' and ')}`)
    .join('; ');
  // A renamed key: the new domain and the old one are different Terraform addresses, created and
  // destroyed in no set order, and Cognito refuses a domain another pool still holds
  // ("Domain already associated with another user pool", InvalidParameterException; e.g.
  // https://github.com/aws-samples/websocket-chat-application/issues/56).
  const race =
    fate === 'renamed'
      ? `; Terraform creates the domain on the new pool and deletes it from the old one in no set order, so the create fails ("Domain already associated with another user pool") when it runs first, and a second apply is needed`
      : '';
  return `pool ${after.id} is created again, and its domain ${domain.host} with it (the hosted pages are down in between): the redirect URI ${idpResponseUrl(domain)} keeps its value, but the values that carry the pool id or a client id change, and each must be given again: ${what}${race}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
