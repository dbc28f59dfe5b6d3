import { PROVIDER_EVIDENCE, ProviderTypeId } from '../../../model/providers/evidence';
import type { SocialProviderConfig } from '../../../validate/config';
import type { Fields } from '../fields';
import type { ProviderContext, ProviderMapping } from './types';

type SocialType = Exclude<ProviderTypeId, 'saml'>;

/**
 * What the social types share when imported (as src/model/providers/social.ts
 * shares it when compiled): `client_id`, `authorize_scopes`, the attribute
 * mapping with the type's own `username` default, and the keys Cognito
 * writes back, which are metadata: each type's module puts them in
 * `lifecycle.ignore_changes` (src/model/providers/evidence.ts `writtenBack`,
 * docs/provider-evidence.md §6.3), so Terraform leaves them whatever they hold.
 * Each type's module reads the rest.
 */
export interface SocialImportSpec<T extends SocialType> {
  type: T;
  /** The claim cogfed maps `username` from unless the file says otherwise (src/model/providers/<type>.ts). */
  usernameClaim: string;
  /** How `authorize_scopes` is split, and how compile joins it again. */
  scopeSeparator: ' ' | ',';
  /** The type's own keys. */
  fields(
    details: Fields,
    context: ProviderContext,
  ): Omit<
    Extract<SocialProviderConfig, { type: T }>,
    'type' | 'clientId' | 'scopes' | 'attributeMapping' | 'importId' | 'pending'
  >;
}

export function socialMapping<T extends SocialType>(spec: SocialImportSpec<T>): ProviderMapping {
  const evidence = PROVIDER_EVIDENCE[spec.type];
  return {
    providerType: evidence.cognitoProviderType,
    map(details, mapping, context) {
      details.skip(...evidence.writtenBack);

      const live = String(details.get('authorize_scopes') ?? '');
      const scopes = live
        .split(spec.scopeSeparator === ',' ? /\s*,\s*/ : /\s+/)
        .map((s) => s.trim())
        .filter(Boolean);
      // compile joins the scopes with the separator alone ("public_profile,email"); Cognito's own example
      // for Facebook is "public_profile, email" (docs/provider-evidence.md §6.1): the same scopes, another string.
      if (scopes.join(spec.scopeSeparator) !== live) {
        context.note(
          'ProviderDetails.authorize_scopes',
          live,
          'reverted',
          `cogfed writes the scopes joined by ${spec.scopeSeparator === ',' ? 'commas without spaces' : 'single spaces'} (${JSON.stringify(scopes.join(spec.scopeSeparator))}); the first apply rewrites the string, with the same scopes`,
        );
      }

      const attributeMapping: Record<string, string> = {};
      for (const key of Object.keys(mapping.value).sort())
        attributeMapping[key] = mapping.get<string>(key)!;
      if (attributeMapping.username === undefined) {
        context.note(
          'AttributeMapping.username',
          '(none)',
          'added',
          `cogfed maps \`username\` from \`${spec.usernameClaim}\` for ${evidence.cognitoProviderType} unless the file says otherwise`,
        );
      } else if (attributeMapping.username === spec.usernameClaim) delete attributeMapping.username;

      return {
        type: spec.type,
        clientId: details.get<string>('client_id') ?? '',
        ...spec.fields(details, context),
        scopes,
        ...(Object.keys(attributeMapping).length > 0 ? { attributeMapping } : {}),
      } as Omit<Extract<SocialProviderConfig, { type: T }>, 'importId'>;
    },
  };
}

/**
 * A client secret: Cognito returns it in clear, so only its presence is
 * looked at, and the file gets a reference (as for OIDC, ./oidc.ts).
 */
export function clientSecret(details: Fields, context: ProviderContext) {
  if (typeof details.get('client_secret') !== 'string') {
    context.note(
      'ProviderDetails.client_secret',
      '(none)',
      'reverted',
      'cogfed always sends a client secret for this provider; Cognito then uses the one in the referenced secret',
    );
  }
  return context.secret('client_secret');
}
