/**
 * Which hashicorp/aws versions cogfed's output needs, in one place: the
 * default constraint written to `terraform.required_providers.aws.version`,
 * the `aws-provider-version` rule, and the Terraform tests' adaptations for
 * an older mirrored provider all read these.
 */

/**
 * The provider version the bindings (@cdktf/provider-aws 21.22.1) were
 * generated from; before `aws.providerVersion` existed, cdktf pinned it
 * exactly. test/compile/provider-version.test.ts checks it against the bindings.
 */
export const BINDINGS_AWS_PROVIDER_VERSION = '6.25.0';

/**
 * The default constraint: `>= 6.25.0, < 7.0.0`. The bindings' version or any
 * later 6.x, so a pipeline on a newer 6.x, or with a lock file holding one,
 * still runs `terraform init`; a 7.0 may change what cogfed writes.
 */
export const DEFAULT_AWS_PROVIDER_VERSION = '~> 6.25';

/**
 * `aws_cognito_managed_login_branding`, which cogfed writes for each client
 * that signs in on managed-login (version 2) pages, arrived in 6.12.0
 * (September 4, 2025): https://github.com/hashicorp/terraform-provider-aws/pull/43817
 * ("r/aws_cognito_managed_login_branding: New resource", merged 2025-09-04;
 * release note in .changelog/43817.txt), listed under 6.12.0 in
 * https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md;
 * the cdktf bindings generated from hashicorp/aws 6.12.0 are the first to
 * carry the resource.
 */
export const MANAGED_LOGIN_BRANDING_SINCE = '6.12.0';

/**
 * Renaming a user pool or a resource server updates it in place since 6.6.0
 * (July 28, 2025; CHANGELOG: "resource/aws_cognito_user_pool: Allow `name` to
 * be updated in-place (#42639)", "resource/aws_cognito_resource_server: Allow
 * `name` to be updated in-place (#41702)"); before, it replaced the resource,
 * and a replaced pool loses every user. `cogfed diff` assumes 6.6.0 or later
 * (docs/provider-evidence.md §2).
 */
export const IN_PLACE_RENAME_SINCE = '6.6.0';

/** The next major release, which may remove or change what cogfed writes for 6.x. */
export const NEXT_MAJOR_AWS_PROVIDER = '7.0.0';
