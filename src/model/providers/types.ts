import type { IdentityProviderConfig, SecretRef } from '../../validate/config';
import type { MetadataDocument } from '../../validate/saml/metadata-files';
import type { Client, DomainHost, IdentityProvider, Pool } from '../model';

/**
 * Everything that differs by identity-provider type lives in one module per
 * type (oidc.ts, and each type added later), behind this interface, as the
 * AWS CDK has one class per provider type over a shared base. The stages
 * around it stay generic: compile writes what `terraform` returns, review
 * prints what `reviewRows` and `registration` return, diff asks
 * `sameIdentity` to recognise a rename. Plain data only: no CDKTF here.
 */
export interface ProviderTypeModule<P extends IdentityProvider = IdentityProvider> {
  type: P['type'];
  /** How people name the type (`OIDC`, `SAML`, `Google`). */
  label: string;
  /** The model of a provider as the file writes it (defaults applied, collections sorted where order does not matter). */
  build(
    name: string,
    config: Extract<IdentityProviderConfig, { type: P['type'] }>,
    context: BuildContext,
  ): P;
  /** The `aws_cognito_identity_provider` arguments that depend on the type. */
  terraform(provider: P): TerraformProviderShape;
  /** The type's settings, for the review's table. Secrets appear as references only. */
  reviewRows(provider: P): ReviewRow[];
  /** What the IdP's administrator registers on their side (the review's registration sheet, the stack outputs). */
  registration(provider: P, context: RegistrationContext): RegistrationItem[];
  /**
   * Whether `after` is the same IdP application as `before` under another
   * name (a rename: Cognito deletes the old provider and its users' links).
   */
  sameIdentity(before: P, after: P): boolean;
}

export interface TerraformProviderShape {
  /** Terraform's `provider_type`. */
  providerType: string;
  /** `provider_details`, key by key; a secret is resolved by the compile stage. */
  details: Record<string, DetailValue>;
  /**
   * `provider_details` keys Cognito writes back itself, which a plan must not
   * try to remove (each module cites its evidence). Never a key the file sets.
   */
  ignoredDetails: string[];
  /**
   * Keys the file sets that Cognito never returns (Apple's `private_key`):
   * without ignoring them every plan re-sends them. Ignored too, at the cost
   * that a change to one alone plans nothing (each module says how to apply it).
   */
  writeOnlyDetails?: string[];
}

/** What building a model needs beyond the provider's own YAML. */
export interface BuildContext {
  /** SAML metadata files the validate stage read and checked, by the path the YAML writes. */
  metadata: ReadonlyMap<string, MetadataDocument>;
}

export type DetailValue =
  | { text: string }
  /** `id` names the data source that reads it, beside the provider's address (`client_secret`). */
  | { secret: SecretRef; id: string; purpose: string };

export interface ReviewRow {
  label: string;
  value: ReviewValue;
}

export type ReviewValue =
  /** Text the module writes (Markdown allowed), never user data. */
  | { text: string }
  /** A value from the file, shown as code. */
  | { code: string }
  /** A list of values shown as code; `none` when empty. */
  | { codes: readonly string[]; none?: string }
  /** Named values, `name value` each, the value shown as code. */
  | { pairs: ReadonlyArray<readonly [string, string]> }
  | { secret: SecretRef };

/** What the registration sheet needs to know beyond the provider. */
export interface RegistrationContext {
  pool: Pool;
  domain: DomainHost;
  /** The clients that sign in through this provider on the hosted pages. */
  clients: readonly Client[];
  /** A client's id as the reader should see it (a placeholder before apply, a Terraform reference in outputs). */
  clientId(client: Client): string;
  /** The pool's id, the same way (SAML's SP entity ID is built from it). */
  userPoolId: string;
  /** What an authorize URL carries as `login_hint` (a placeholder the custom login page fills in). */
  loginHint: string;
}

export interface RegistrationItem {
  /** What to set at the IdP (`Redirect URI (allowed callback URL)`). */
  label: string;
  /** One line each; `client` names the app client a value belongs to; `note` stands in for a value not known here (plain Markdown). */
  values: ReadonlyArray<{ value: string; client?: string } | { note: string; client?: string }>;
  /** Said when there are no values. */
  none?: string;
}
