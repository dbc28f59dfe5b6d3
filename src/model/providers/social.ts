import { domainBaseUrl, idpResponseUrl } from '../endpoints';
import type { SocialProvider } from '../model';
import { sortedRecord } from '../records';
import type { SocialProviderConfig } from '../../validate/config';
import { PROVIDER_EVIDENCE } from './evidence';
import { customLoginAuthorizeUrls } from './oidc';
import type { DetailValue, ProviderTypeModule, RegistrationItem, ReviewRow } from './types';

/**
 * What the social types (Google, Facebook, Sign in with Apple, Login with
 * Amazon) share, as the AWS CDK has one base class for them: an OAuth client
 * of the provider's developer console, scopes, attribute mapping from the
 * provider's claims, a name that must be the type's, and the same kind of
 * registration sheet. Each type's module says what differs. Facts and
 * sources: ./evidence.ts and docs/provider-evidence.md §6.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-social-idp.html
 */
export interface SocialTypeSpec<P extends SocialProvider> {
  type: P['type'];
  label: string;
  /** The claim Cognito takes the username from (`username` in the attribute mapping): each provider's own user id. */
  usernameClaim: string;
  /** How `authorize_scopes` joins the scopes (Facebook: commas; the others: spaces). */
  scopeSeparator: ' ' | ',';
  /** The model's type-specific fields. */
  fields(
    config: Extract<SocialProviderConfig, { type: P['type'] }>,
  ): Omit<
    P,
    | 'type'
    | 'name'
    | 'clientId'
    | 'scopes'
    | 'identifiers'
    | 'attributeMapping'
    | 'pending'
    | 'importId'
  >;
  /** `provider_details` besides client_id and authorize_scopes (secrets included). */
  details(provider: P): Record<string, DetailValue>;
  /** Review rows besides client id and scopes. */
  rows(provider: P): ReviewRow[];
  /** What the provider's console calls the redirect URI and the origin, and how the origin is written. */
  registration: { redirectUri: string; origin: string; originIsHost?: boolean };
  /** Keys the file sets that Cognito never returns. */
  writeOnlyDetails?: string[];
}

export function socialModule<P extends SocialProvider>(
  spec: SocialTypeSpec<P>,
): ProviderTypeModule<P> {
  const evidence = PROVIDER_EVIDENCE[spec.type];
  return {
    type: spec.type,
    label: spec.label,

    build(name, written) {
      const config = written as unknown as Extract<SocialProviderConfig, { type: P['type'] }>;
      return {
        type: spec.type,
        name,
        clientId: config.clientId,
        scopes: [...config.scopes],
        ...spec.fields(config),
        identifiers: [],
        // Written explicitly, as Cognito has it, so attribute_mapping never differs from what AWS holds
        // (Facebook `username = "id"` in hashicorp/terraform-provider-aws#4831; Google `username: sub` in
        // aws-amplify/amplify-cli#8278; Amazon `user_id`, the CDK's ProviderAttribute.AMAZON_USER_ID).
        attributeMapping: sortedRecord({
          username: spec.usernameClaim,
          ...(config.attributeMapping ?? {}),
        }),
        ...(config.pending ? { pending: true as const } : {}),
        ...(config.importId ? { importId: config.importId } : {}),
      } as unknown as P;
    },

    terraform(provider) {
      const details: Record<string, DetailValue> = {
        client_id: { text: provider.clientId },
        // The file's order is kept (docs/provider-evidence.md §6.1: Facebook comma-separated, the others space-separated).
        authorize_scopes: { text: provider.scopes.join(spec.scopeSeparator) },
        ...spec.details(provider),
      };
      return {
        providerType: evidence.cognitoProviderType,
        details,
        // The endpoints and flags Cognito adds for the type (docs/provider-evidence.md §6.3); never a key the file sets.
        ignoredDetails: evidence.writtenBack
          .filter((key) => !(key in details))
          .slice()
          .sort(),
        ...(spec.writeOnlyDetails ? { writeOnlyDetails: [...spec.writeOnlyDetails] } : {}),
      };
    },

    reviewRows(provider) {
      return [
        { label: 'Client id', value: { code: provider.clientId } },
        ...spec.rows(provider),
        { label: 'Scopes', value: { code: provider.scopes.join(spec.scopeSeparator) } },
      ];
    },

    registration(provider, context) {
      const origin = spec.registration.originIsHost
        ? context.domain.host
        : domainBaseUrl(context.domain);
      const items: RegistrationItem[] = [
        {
          label: spec.registration.redirectUri,
          values: [{ value: idpResponseUrl(context.domain) }],
        },
        { label: spec.registration.origin, values: [{ value: origin }] },
        customLoginAuthorizeUrls(provider.name, context),
      ];
      return items;
    },

    // A social provider's name is fixed by its type, so it is never renamed; the same app has the same client id.
    sameIdentity(before, after) {
      return before.clientId === after.clientId;
    },
  };
}
