import { CognitoIdentityProvider } from './engine';
import type { TerraformStack } from './engine';
import type { IdentityProvider, Pool } from '../model/model';
import { AddressBook, address, KIND } from '../model/addresses';
import { providerType } from '../model/providers';
import { declare } from './declare';
import { literal, literalList, literalMap } from './expressions';
import type { Secrets } from './secrets';

/**
 * One `aws_cognito_identity_provider`, whatever its type: the type's module
 * (src/model/providers/) says what `provider_type` and `provider_details` are
 * and which details Cognito writes back; this writes them, resolving secrets
 * to data sources or variables.
 */
export function addIdentityProvider(
  stack: TerraformStack,
  book: AddressBook,
  secrets: Secrets,
  pool: Pool,
  provider: IdentityProvider,
  userPoolId: string,
): CognitoIdentityProvider {
  const logicalId = address.provider(pool, provider);
  const shape = providerType(provider).terraform(provider);
  const details = Object.fromEntries(
    Object.entries(shape.details).map(([key, value]) => [
      key,
      'text' in value
        ? literal(value.text)
        : secrets.reference(
            value.secret,
            address.providerDetail(pool, provider, value.id),
            `${value.purpose} (user pool ${pool.id})`,
          ),
    ]),
  );
  return declare(
    book,
    KIND.identityProvider,
    logicalId,
    (id) =>
      new CognitoIdentityProvider(stack, id, {
        userPoolId,
        providerName: literal(provider.name),
        providerType: shape.providerType,
        providerDetails: details,
        attributeMapping: literalMap(provider.attributeMapping),
        ...(provider.identifiers.length > 0
          ? { idpIdentifiers: literalList(provider.identifiers) }
          : {}),
        lifecycle: { ignoreChanges: ignoreChangesOf(shape.ignoredDetails) },
      }),
  );
}

/** `provider_details["key"]`, sorted: Terraform's address of each ignored detail. */
export function ignoreChangesOf(keys: readonly string[]): string[] {
  return [...keys].sort().map((key) => `provider_details["${key}"]`);
}
