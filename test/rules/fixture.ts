import { HEADER, yaml } from '../helpers/validate';

/**
 * A whole file for rule tests: HEADER's four lines (version, stack
 * `test-stack`, aws.region `us-east-1`), then the template, dedented like
 * `yaml`. Line N of the template is line N + 4 of the file; columns are
 * unchanged. Tests start the template with `userPools:` (line 5), the pool
 * id (line 6) and its properties (line 7 on, column 5).
 */
export function file(strings: TemplateStringsArray, ...values: unknown[]): string {
  return HEADER + yaml(strings, ...values);
}

/** A valid OIDC provider on one line (flow style), for tests about something else. */
export const IDP =
  '{ type: oidc, issuer: https://idp.example.com, clientId: abc, clientSecret: { variable: idp_secret }, scopes: [openid] }';
