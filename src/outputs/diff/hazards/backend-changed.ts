import { describeChange } from './context';
import { defineHazard } from './hazard';

export const backendChanged = defineHazard({
  code: 'backend-changed',
  severity: 'warning',
  description:
    "A stack's state moves: without a state migration, Terraform creates every resource again.",
  detect({ pair, head, changes }) {
    const backend = changes.get('terraform.backend');
    if (!head || !backend) return [];
    return [
      {
        subject: 'backend',
        path: ['backend'],
        target: 'key',
        message: `the state of stack ${pair.stack} moves (${backend.attributes.map(describeChange).join('; ')}): unless the state is migrated first (terraform init -migrate-state), Terraform starts from an empty state and creates every resource again`,
        hint: 'migrate the state before this is applied (cdktf deploy --migrate-state, or terraform init -migrate-state), or revert the backend change',
      },
    ];
  },
});
