import { yaml } from '../helpers/validate';

/** A stack with two pools, providers with identifiers, clients, custom attributes and a resource server: every hazard has something to hit. */
export const ACME = yaml`
  version: 1
  stack: acme
  aws:
    region: us-east-1
  userPools:
    customers:
      name: acme-customers
      signIn:
        usernameAttributes: [email]
        caseSensitive: false
      customAttributes:
        tenant_id: { type: string, mutable: true, maxLength: 64 }
        plan: { type: string, mutable: true }
      domain:
        prefix: acme-login
      resourceServers:
        orders:
          identifier: https://api.acme.com/orders
          name: Orders API
          scopes:
            read: Read orders
      identityProviders:
        Scalekit:
          type: oidc
          issuer: https://acme.scalekit.com
          clientId: skc_1
          clientSecret: { ssm: /acme/scalekit/client-secret }
          scopes: [openid, email, profile]
          identifiers: [megasoft.org, example.org]
          attributeMapping:
            email: email
            custom:tenant_id: org_id
        Okta:
          type: oidc
          issuer: https://acme.okta.com
          clientId: okta_1
          clientSecret: { variable: okta_secret }
          scopes: [openid, email]
          identifiers: [initech.com]
          attributeMapping:
            email: email
      clients:
        web:
          callbackUrls: [https://app.acme.com/callback]
          logoutUrls: [https://app.acme.com/]
          oauth:
            flows: [code]
            scopes: [openid, email, https://api.acme.com/orders/read]
          identityProviders: [Scalekit, Okta, COGNITO]
        worker:
          generateSecret: true
          oauth:
            flows: [client_credentials]
            scopes: [https://api.acme.com/orders/read]
    staff:
      deletionProtection: false
      domain:
        prefix: acme-staff
      clients:
        admin:
          callbackUrls: [https://admin.acme.com/callback]
          oauth:
            flows: [code]
            scopes: [openid]
          identityProviders: [COGNITO]
`;

/** A second, small stack (its own file). */
export const GLOBEX = yaml`
  version: 1
  stack: globex
  aws:
    region: us-west-2
  userPools:
    users:
      signIn:
        usernameAttributes: [email]
      domain:
        prefix: globex-login
      identityProviders:
        Beyond:
          type: oidc
          issuer: https://auth.beyondidentity.com/v1/tenants/t1
          clientId: bi_1
          clientSecret: { secretsManager: globex/bi, key: client_secret }
          scopes: [openid]
      clients:
        app:
          callbackUrls: [https://globex.example/callback]
          oauth:
            flows: [code]
            scopes: [openid]
          identityProviders: [Beyond]
`;
