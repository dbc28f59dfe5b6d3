import { address, KIND } from '../../../model/addresses';
import { changeOf, describeChange, forcing, inPool } from './context';
import { defineHazard, HazardFinding } from './hazard';

export const idpReplaced = defineHazard({
  code: 'idp-replaced',
  severity: 'blocking',
  description:
    'An identity provider is replaced: users linked to it lose their link and get new accounts.',
  detect(context) {
    const out: HazardFinding[] = [];
    for (const { before, after } of context.survivingPools) {
      for (const provider of after.providers) {
        if (!before.providers.some((p) => p.name === provider.name)) continue;
        const change = changeOf(context, KIND.identityProvider, address.provider(after, provider));
        if (change?.action !== 'replace') continue;
        out.push({
          subject: `${after.id}/${provider.name}`,
          path: inPool(after, 'identityProviders', provider.name),
          target: 'key',
          message: `identity provider ${provider.name} in pool ${after.id} is replaced (${forcing(change).map(describeChange).join('; ')}): users linked to it lose their link, and their next sign-in creates a new user with a new sub`,
          hint: 'revert the change, or accept with --accept idp-replaced',
        });
      }
    }
    return out;
  },
});
