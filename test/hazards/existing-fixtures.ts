/**
 * One pool, managed (adopted by importId) or attached by id (existingPool),
 * with the same provider and client: the hazards of switching between them.
 * Line 4 is `userPools:`, line 5 the pool's key, line 6 its first setting.
 */
const HEAD = 'version: 1\nstack: acme\naws: { region: us-east-1 }\n';
const MEMBERS = [
  '    identityProviders:',
  '      Okta: { type: oidc, issuer: https://acme.okta.com, clientId: abc, clientSecret: { ssm: /okta }, scopes: [openid] }',
  '    clients:',
  '      web: { callbackUrls: [https://app.example.com/cb], oauth: { flows: [code], scopes: [openid] }, identityProviders: [Okta] }',
].join('\n');

export const MANAGED = `${HEAD}userPools:\n  customers:\n    importId: us-east-1_AbC123\n    signIn: { usernameAttributes: [email] }\n    domain: { prefix: acme-login }\n${MEMBERS}\n`;
export const MANAGED_NEW = `${HEAD}userPools:\n  customers:\n    signIn: { usernameAttributes: [email] }\n    domain: { prefix: acme-login }\n${MEMBERS}\n`;
export const EXISTING = `${HEAD}userPools:\n  customers:\n    existingPool: us-east-1_AbC123\n    existingDomain: acme-login.auth.us-east-1.amazoncognito.com\n${MEMBERS}\n`;
export const EMPTY = `${HEAD}userPools: {}\n`;
