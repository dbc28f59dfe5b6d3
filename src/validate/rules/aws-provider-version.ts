import type { CogfedFile } from '../config';
import {
  IN_PLACE_RENAME_SINCE,
  MANAGED_LOGIN_BRANDING_SINCE,
  NEXT_MAJOR_AWS_PROVIDER,
} from '../aws-provider';
import { received } from '../finding';
import { admitsSome, parseConstraint, parseVersion, Version } from '../version-constraint';
import { clients, defineRule, Path, RuleFinding } from './rule';

const version = (text: string): Version => parseVersion(text)!;
const ANY = version('0.0.0');

/**
 * `aws.providerVersion` is a Terraform version constraint that `terraform
 * init` can meet with a provider that runs what cogfed writes for this file.
 *
 * - error: it does not parse, or admits no version at all;
 * - error: the file needs managed-login branding and the constraint admits
 *   nothing from 6.12.0 on (terraform rejects the resource type);
 * - warning: it admits versions before 6.6.0, where a rename replaces a pool
 *   (its users are deleted) though `cogfed diff` reports an update;
 * - warning: it admits 7.0.0 or later, a major version cogfed is not written for.
 *
 * Older 6.x versions than the bindings' 6.25.0 are accepted without a word:
 * nothing else cogfed writes is newer than 6.12.0 (the Terraform tests
 * validate and plan it on 5.100.0 without the branding resource).
 */
export const awsProviderVersion = defineRule({
  code: 'aws-provider-version',
  description:
    '`aws.providerVersion` is a Terraform version constraint (e.g. `~> 6.25`) that admits a hashicorp/aws version: 6.12.0 or later when managed-login branding is written; a warning when it admits versions before 6.6.0 (a rename replaces the pool) or 7.0.0 and later.',
  source:
    'https://developer.hashicorp.com/terraform/language/expressions/version-constraints; ' +
    'https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md (6.6.0: in-place `name` updates, #42639 and #41702; 6.12.0: aws_cognito_managed_login_branding, https://github.com/hashicorp/terraform-provider-aws/pull/43817)',
  part: 'file',
  reads: [
    'aws.providerVersion',
    'userPools.*.domain.managedLoginVersion',
    'userPools.*.clients.*.oauth.flows',
  ],
  check(file) {
    const constraint = file.aws.providerVersion;
    if (constraint === undefined) return [];
    const path: Path = ['aws', 'providerVersion'];
    const finding = (message: string, hint: string, severity?: 'warning'): RuleFinding => ({
      path,
      message: `${message}; received ${received(constraint)}`,
      hint,
      ...(severity ? { severity } : {}),
    });

    const items = parseConstraint(constraint);
    if (!items) {
      return [
        finding(
          '`aws.providerVersion` is a Terraform version constraint: versions of 1-3 numbers separated by commas, each after an optional `=`, `!=`, `>`, `>=`, `<`, `<=` or `~>`',
          'write e.g. `~> 6.25` (6.25.0 up to 7.0.0, the default), `>= 6.25, < 7` or `= 6.28.0`',
        ),
      ];
    }
    if (!admitsSome(items, ANY)) {
      return [
        finding(
          'the constraint admits no hashicorp/aws version, so `terraform init` fails',
          'loosen it, e.g. `~> 6.25` (the default)',
        ),
      ];
    }

    const out: RuleFinding[] = [];
    const branding = brandingUser(file);
    if (branding && !admitsSome(items, version(MANAGED_LOGIN_BRANDING_SINCE))) {
      out.push(
        finding(
          `\`${branding}\` signs in on managed-login pages (\`managedLoginVersion: 2\`), which cogfed styles with aws_cognito_managed_login_branding, a resource hashicorp/aws has since ${MANAGED_LOGIN_BRANDING_SINCE}; the constraint admits only older versions`,
          `allow ${MANAGED_LOGIN_BRANDING_SINCE} or later (the default \`~> 6.25\` does), or use \`managedLoginVersion: 1\` (the classic hosted UI)`,
        ),
      );
    } else if (admitsSome(items, ANY, version(IN_PLACE_RENAME_SINCE))) {
      out.push(
        finding(
          `the constraint admits hashicorp/aws versions before ${IN_PLACE_RENAME_SINCE}, which replace a user pool when its \`name\` changes (every user is deleted) while \`cogfed diff\` reports an update in place`,
          `start the range at ${IN_PLACE_RENAME_SINCE} or later, e.g. \`~> 6.25\` (the default); managed-login branding (\`managedLoginVersion: 2\`) needs ${MANAGED_LOGIN_BRANDING_SINCE} or later`,
          'warning',
        ),
      );
    }
    if (admitsSome(items, version(NEXT_MAJOR_AWS_PROVIDER))) {
      out.push(
        finding(
          `the constraint admits hashicorp/aws ${NEXT_MAJOR_AWS_PROVIDER} or later, a major version that may remove or change what cogfed writes for 6.x`,
          'keep it below 7, e.g. `~> 6.25` (the default) or `>= 6.25, < 7`',
          'warning',
        ),
      );
    }
    return out;
  },
});

/**
 * The first client (`userPools.<pool>.clients.<id>`) for which compile writes
 * aws_cognito_managed_login_branding: a code or implicit client of a pool
 * whose domain serves managed login (src/compile/branding.ts, usesHostedPages).
 */
function brandingUser(file: CogfedFile): string | undefined {
  for (const { poolId, pool, id, client } of clients(file)) {
    const flows = client.oauth?.flows ?? [];
    if (
      pool.domain?.managedLoginVersion === 2 &&
      (flows.includes('code') || flows.includes('implicit'))
    )
      return `userPools.${poolId}.clients.${id}`;
  }
  return undefined;
}
