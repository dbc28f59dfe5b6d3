import { address, KIND, resourceAddress } from '../../../model/addresses';
import { inPool, protectionNote } from './context';
import { defineHazard, HazardFinding } from './hazard';

/**
 * A managed pool becomes one attached by id (`existingPool`). The pool's
 * resource leaves the configuration, and Terraform plans to destroy what is
 * in state but not in configuration; `terraform state rm` makes it forget the
 * pool without deleting it (https://developer.hashicorp.com/terraform/cli/commands/state/rm).
 * A `removed` block with `destroy = false` (Terraform 1.7) does the same from
 * configuration (https://developer.hashicorp.com/terraform/language/resources/syntax#removing-resources);
 * cogfed writes none, so the step is the operator's.
 */
export const poolReleased = defineHazard({
  code: 'pool-released',
  severity: 'blocking',
  description:
    'A managed user pool becomes one attached by id (`existingPool`): its resource leaves the configuration, so Terraform destroys the pool and every user in it unless it is first removed from the state.',
  detect({ switchedPools }) {
    const out: HazardFinding[] = [];
    for (const { before, after } of switchedPools) {
      if (before.existing || !after.existing) continue;
      const poolAddress = resourceAddress(KIND.userPool, address.pool(before));
      const forget = [
        poolAddress,
        ...(before.domain ? [resourceAddress(KIND.domain, address.domain(before))] : []),
      ];
      const other =
        before.importId !== undefined && before.importId !== after.existing.id
          ? `; note that existingPool names ${after.existing.id}, while this stack adopted ${before.importId}`
          : '';
      out.push({
        subject: after.id,
        path: inPool(after, 'existingPool'),
        target: 'key',
        message:
          `user pool ${after.id} (${before.name}) is no longer managed by this stack (existingPool: ${after.existing.id}): ${poolAddress} leaves the configuration, so Terraform destroys the pool` +
          `${before.domain ? ' and its domain' : ''}, and every user in it is deleted${protectionNote(before)}, unless the state forgets ${forget.length > 1 ? 'them' : 'it'} first; ` +
          `its identity providers and app clients stay in the pool when existingPool is its id${other}`,
        hint: `before applying, run \`terraform state rm ${forget.join(' ')}\` in the stack (with its backend), so Terraform forgets the pool without deleting it, and let its new owner manage its settings; then accept with --accept pool-released`,
      });
    }
    return out;
  },
});
