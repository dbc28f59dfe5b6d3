import { CognitoManagedLoginBranding } from './engine';
import type { TerraformStack } from './engine';
import type { Client, Pool } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { declare } from './declare';

/**
 * Managed login (version 2) renders a client's pages only once the client has
 * a branding style; without one users see "Login pages unavailable". Cognito's
 * default style is enough (docs/provider-evidence.md §4: API_CreateManagedLoginBranding,
 * UseCognitoProvidedValues; github.com/minorun365/html-share/issues/3).
 */
export function addBranding(
  stack: TerraformStack,
  book: AddressBook,
  pool: Pool,
  client: Client,
  userPoolId: string,
  clientId: string,
): CognitoManagedLoginBranding {
  return declare(
    book,
    KIND.branding,
    address.branding(pool, client),
    (id) =>
      new CognitoManagedLoginBranding(stack, id, {
        userPoolId,
        clientId,
        useCognitoProvidedValues: true,
      }),
  );
}
