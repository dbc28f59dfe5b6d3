/**
 * The one seam between cogfed and its Terraform engine: every import of
 * `cdktf`, `constructs` and `@cdktf/provider-aws` in cogfed is in this file.
 *
 * CDKTF is archived upstream; its continuation, CDK Terrain (`cdktn`, with
 * `@cdktn/provider-aws` binding hashicorp/aws 6.x), has the same API under
 * new package names and needs Node 22. Moving to it is this file (rename the
 * three packages below) plus package.json and the lockfile; see the README,
 * "Switching to CDK Terrain".
 *
 * Each provider resource comes from its own module: the package root loads
 * every AWS resource type and takes seconds.
 */
// First: cdktf's root would otherwise load a zip library cogfed never uses (defer-archiver.ts).
import './defer-archiver';
export {
  App,
  LocalBackend,
  S3Backend,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
} from 'cdktf';
export type { TerraformElement } from 'cdktf';
export type { Construct } from 'constructs';
export { AwsProvider } from '@cdktf/provider-aws/lib/provider';
export { CognitoIdentityProvider } from '@cdktf/provider-aws/lib/cognito-identity-provider';
export { CognitoManagedLoginBranding } from '@cdktf/provider-aws/lib/cognito-managed-login-branding';
export { CognitoResourceServer } from '@cdktf/provider-aws/lib/cognito-resource-server';
export { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
export type {
  CognitoUserPoolConfig,
  CognitoUserPoolSchema,
} from '@cdktf/provider-aws/lib/cognito-user-pool';
export { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
export type { CognitoUserPoolClientConfig } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
export { CognitoUserPoolDomain } from '@cdktf/provider-aws/lib/cognito-user-pool-domain';
export { DataAwsCognitoUserPool } from '@cdktf/provider-aws/lib/data-aws-cognito-user-pool';
export { DataAwsCognitoUserPoolSigningCertificate } from '@cdktf/provider-aws/lib/data-aws-cognito-user-pool-signing-certificate';
export { DataAwsSecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version';
export { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
