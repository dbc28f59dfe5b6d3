/** A small estate: one definition with two environments, and tenant files. Line numbers are asserted in the tests. */
export const DEFINITION = `version: 1
stack: acme-sso
aws:
  region: us-east-1
environments:
  dev:
    stack: acme-sso-dev
    set:
      userPools:
        customers:
          domain: { prefix: acme-login-dev }
          identityProviders:
            Router: { issuer: "https://acme.scalekit.dev", clientId: dev-client }
  prod:
    stack: acme-sso-prod
    production: true
    set:
      userPools:
        customers:
          domain: { prefix: acme-login }
          identityProviders:
            Router: { issuer: "https://acme.scalekit.com", clientId: prod-client }
userPools:
  customers:
    identityProviders:
      Router:
        type: oidc
        clientSecret: { ssm: /acme/router }
        scopes: [openid, email]
    clients:
      web:
        callbackUrls: [https://app.acme.com/cb]
        oauth: { flows: [code], scopes: [openid, email] }
        identityProviders: [COGNITO, tenants]
`;

export function tenant(
  name: string,
  provider: string,
  identifier: string,
  stack = 'acme-sso-prod',
  pool = 'customers',
): string {
  return `tenant: ${name}
joins: { stack: ${stack}, pool: ${pool} }
identityProviders:
  ${provider}:
    type: oidc
    issuer: https://login.${identifier}
    clientId: ${name}-client
    clientSecret: { ssm: /acme/${name} }
    scopes: [openid, email]
    identifiers: [${identifier}]
`;
}

export const files = (entries: Record<string, string>) =>
  Object.entries(entries).map(([path, text]) => ({ path, bytes: Buffer.from(text) }));
