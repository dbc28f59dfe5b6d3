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

/** Valid providers of the other types, on one line each. */
export const SAML_URL_IDP = '{ type: saml, metadataUrl: https://idp.example.com/saml/metadata }';
export const GOOGLE_IDP =
  '{ type: google, clientId: g.apps.googleusercontent.com, clientSecret: { ssm: /g }, scopes: [openid, email] }';
export const FACEBOOK_IDP =
  '{ type: facebook, clientId: "1234567890", clientSecret: { ssm: /fb }, scopes: [public_profile, email] }';
export const AMAZON_IDP =
  '{ type: amazon, clientId: amzn1.application-oa2-client.abc, clientSecret: { ssm: /amzn }, scopes: [profile] }';
export const APPLE_IDP =
  '{ type: apple, clientId: com.example.signin, teamId: ABCDE12345, keyId: KEY1234567, privateKey: { variable: apple_key }, scopes: [email, name] }';
