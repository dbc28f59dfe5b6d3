import { domainBaseUrl, idpResponseUrl } from '../../../model/endpoints';
import { inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const domainChanged = defineHazard({
  code: 'domain-changed',
  severity: 'warning',
  description:
    "A pool's domain changes or is removed: every IdP's registered redirect URI must change.",
  detect({ survivingPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of survivingPools) {
      if (!before.domain || before.domain.host === after.domain?.host) continue;
      const message = after.domain
        ? `the domain of pool ${after.id} changes from ${before.domain.host} to ${after.domain.host}: every identity provider's registered redirect URI must change from ${idpResponseUrl(before.domain)} to ${idpResponseUrl(after.domain)}, and the apps' sign-in and sign-out URLs change with it`
        : `pool ${after.id} loses its domain ${before.domain.host}: the hosted endpoints (${idpResponseUrl(before.domain)}, ${domainBaseUrl(before.domain)}/oauth2/authorize, ${domainBaseUrl(before.domain)}/logout) stop working, and federated sign-in with them`;
      out.push({
        subject: after.id,
        path: inPool(after, 'domain'),
        target: 'key',
        message,
        hint: 'register the new redirect URI at every identity provider of the pool (cogfed review prints it) before this is applied',
      });
    }
    return out;
  },
});
