import type { TerraformStack } from 'cdktf';
import { CognitoManagedLoginBranding } from '@cdktf/provider-aws/lib/cognito-managed-login-branding';
import type { Client, Pool } from '../model/model';
import { AddressBook, address } from './addresses';
import { usesHostedPages } from '../model/derived';

// Moved to the model stage, which `cogfed import` shares; re-exported for existing callers.
export { usesHostedPages };

/**
 * Managed login (version 2) renders a client's pages only once the client has
 * a branding style; without one users see "Login pages unavailable". Cognito's
 * default style is enough (docs/provider-evidence.md §4: API_CreateManagedLoginBranding,
 * UseCognitoProvidedValues; github.com/minorun365/html-share/issues/3).
 */
export function addBranding(stack: TerraformStack, book: AddressBook, pool: Pool, client: Client, userPoolId: string, clientId: string): CognitoManagedLoginBranding {
  const name = book.claim('aws_cognito_managed_login_branding', address.branding(pool, client));
  const resource = new CognitoManagedLoginBranding(stack, `aws_cognito_managed_login_branding.${name}`, {
    userPoolId,
    clientId,
    useCognitoProvidedValues: true,
  });
  resource.overrideLogicalId(name);
  return resource;
}
