import { CognitoUserPoolDomain } from './engine';
import type { TerraformStack } from './engine';
import type { Domain, Pool } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { declare } from './declare';
import { literal } from './expressions';

/**
 * The pool's sign-in domain: a Cognito prefix or a custom name with its ACM
 * certificate. `managed_login_version` is always written: the attribute is
 * Optional+Computed, so leaving it out means "whatever AWS picked" and a later
 * change in AWS's default would never show in a plan (see
 * docs/provider-evidence.md §4, API_CreateUserPoolDomain).
 */
export function addDomain(
  stack: TerraformStack,
  book: AddressBook,
  pool: Pool,
  domain: Domain,
  userPoolId: string,
): CognitoUserPoolDomain {
  return declare(
    book,
    KIND.domain,
    address.domain(pool),
    (id) =>
      new CognitoUserPoolDomain(stack, id, {
        userPoolId,
        domain: literal(domain.kind === 'prefix' ? domain.prefix : domain.name),
        ...(domain.kind === 'custom' ? { certificateArn: literal(domain.certificateArn) } : {}),
        managedLoginVersion: domain.managedLoginVersion,
      }),
  );
}
