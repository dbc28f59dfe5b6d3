import type { Model } from '../../../model/model';
import { stateLocation } from '../state';
import { defineHazard } from './hazard';

/**
 * One hazard for every way a stack comes to read another state (state.ts):
 * a new backend bucket or key, local state moved to S3 or back, or a `stack:`
 * renamed while the state location follows the name (local state, the
 * default S3 key). Terraform then starts from an empty state: it creates
 * every pool again, empty and with new ids, while the old pools stay in AWS
 * with their users, in a state nothing reads any more. A prefix or custom
 * domain the old pool still holds cannot be created for the new one
 * (InvalidParameterException "Domain already associated with another user
 * pool", e.g. https://github.com/aws-samples/websocket-chat-application/issues/56).
 * Blocking: the apply fails at the domain, and apps that take their ids from
 * the stack outputs move to the new, empty pools, away from their users.
 * Accepted once the state is moved (terraform init -migrate-state).
 */
export const backendChanged = defineHazard({
  code: 'backend-changed',
  severity: 'blocking',
  description:
    'A stack starts from a new, empty state (its backend bucket or key changed, or it was renamed while its state follows the name): Terraform creates every pool again, empty, and the old ones stay in AWS with their users, unmanaged.',
  detect({ base, head, stateMoved }) {
    if (!head || !stateMoved) return [];
    const before = base.model;
    const after = head.model;
    const renamed = before.stack !== after.stack;
    const heldDomains = after.pools.flatMap((p) =>
      p.domain && before.pools.some((o) => o.domain?.host === p.domain!.host)
        ? [p.domain.host]
        : [],
    );
    return [
      {
        subject: 'backend',
        path: renamed ? ['stack'] : ['backend'],
        target: renamed ? 'value' : 'key',
        message:
          `stack ${after.stack}${renamed ? ` (renamed from ${before.stack})` : ''} starts from a new, empty state: its state moves from ${stateLocation(before)} to ${stateLocation(after)}. ` +
          `Unless the state is moved first, Terraform creates every resource again: pool${after.pools.length === 1 ? '' : 's'} ${after.pools.map((p) => p.id).join(', ')} ${after.pools.length === 1 ? 'is' : 'are'} created anew, empty, with new pool and client ids` +
          (heldDomains.length
            ? `, and creating the domain${heldDomains.length === 1 ? '' : 's'} ${heldDomains.join(', ')} fails while the old pool holds ${heldDomains.length === 1 ? 'it' : 'them'} ("Domain already associated with another user pool")`
            : '') +
          `; the pool${before.pools.length === 1 ? '' : 's'} of the old state (${before.pools.map((p) => `${p.id} (${p.name})`).join(', ')}) ${before.pools.length === 1 ? 'stays' : 'stay'} in AWS with ${before.pools.length === 1 ? 'its' : 'their'} users, managed by no state any more`,
        hint: hint(before, after),
      },
    ];
  },
});

function hint(before: Model, after: Model): string {
  const accept = 'accept with --accept backend-changed once the state is moved';
  const a = before.backend;
  const b = after.backend;
  if (before.stack !== after.stack && a.kind === 's3' && b.kind === 's3' && a.bucket === b.bucket) {
    return `keep the state where it is: set backend.s3.key: ${a.key} (the stack's name does not matter to Terraform, its state does); or move the state first (terraform init -migrate-state), and ${accept}`;
  }
  if (before.stack !== after.stack && a.kind === 'local' && b.kind === 'local') {
    return `rename terraform.${before.stack}.tfstate to terraform.${after.stack}.tfstate before the apply (or keep the stack's name), and ${accept}`;
  }
  return `move the state before this is applied (cdktf deploy --migrate-state, or terraform init -migrate-state in the stack folder), or revert the backend change; ${accept}`;
}
