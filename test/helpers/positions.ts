import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diskReader, memoryReader, RelatedReader } from '../../src/load/related';

/**
 * Every position of the configuration language, generated from
 * schemas/cogfed.schema.json, and a complete valid file that holds each of
 * them: tests that must cover "every position a value can take" walk these
 * instead of a hand-written list, so a property added to the schema is
 * covered (or the test says the complete file lacks it).
 */

type Schema = Record<string, unknown>;
const SCHEMA: Schema = JSON.parse(
  readFileSync(join(__dirname, '../../schemas/cogfed.schema.json'), 'utf8'),
);

export type Kind =
  'string' | 'integer' | 'boolean' | 'object' | 'array' | 'enum' | 'const' | 'secret';

export interface Position {
  /** Path segments; `*` is any key of a map or any item of a list. */
  pattern: string[];
  kind: Kind;
  /** A map key (the `propertyNames` of a map), rather than a value. */
  key?: boolean;
}

function resolve(node: Schema): Schema {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Schema>((n, s) => n[s] as Schema, SCHEMA);
  return { ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

function kindOf(node: Schema): Kind {
  // A secret reference is a oneOf of forms; identity providers are a oneOf discriminated by `type`.
  if (node.oneOf && !node.discriminator) return 'secret';
  if (node.oneOf) return 'object';
  if (node.enum) return 'enum';
  if ('const' in node) return 'const';
  return node.type as Kind;
}

/** Every value position (and map-key position) of the schema, depth first. */
export function schemaPositions(): Position[] {
  const out: Position[] = [];
  const walk = (raw: Schema, pattern: string[]): void => {
    const node = resolve(raw);
    if (pattern.length > 0) out.push({ pattern, kind: kindOf(node) });
    for (const [name, child] of Object.entries((node.properties as Record<string, Schema>) ?? {}))
      walk(child, [...pattern, name]);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      out.push({ pattern: [...pattern, '*'], kind: 'string', key: true });
      walk(node.additionalProperties as Schema, [...pattern, '*']);
    }
    if (node.items && typeof node.items === 'object') walk(node.items as Schema, [...pattern, '*']);
    for (const branch of ((node.oneOf as Schema[]) ?? []).map(resolve)) {
      for (const [name, child] of Object.entries(
        (branch.properties as Record<string, Schema>) ?? {},
      ))
        walk(child, [...pattern, name]);
    }
  };
  walk(SCHEMA, []);
  // A oneOf branch's properties appear once per branch that has them.
  const seen = new Set<string>();
  return out.filter((p) => {
    // `environments` is assembled away before rules run (test/assemble covers it); a provider's
    // `renamedFrom` is always refused (renamed-from), so no valid file holds it.
    if (
      p.pattern[0] === 'environments' ||
      p.pattern.join('.') === 'userPools.*.identityProviders.*.renamedFrom'
    )
      return false;
    const id = `${p.pattern.join('.')}${p.key ? '#key' : ''}`;
    return !seen.has(id) && seen.add(id);
  });
}

/** The SAML metadata the complete file names, relative to the YAML: a copy of the Entra example's. */
export const COMPLETE_METADATA = 'metadata/complete.xml';

/** Write what the complete file names beside it (its SAML metadata) into the folder that holds the YAML. */
export function copyCompleteFileSupport(folder: string): void {
  mkdirSync(join(folder, 'metadata'), { recursive: true });
  copyFileSync(
    join(__dirname, '../../config/metadata/entra-contoso.xml'),
    join(folder, COMPLETE_METADATA),
  );
}

/** Reads files beside a YAML from disk, except the complete file's metadata, served from the example. */
export function completeFileReader(yamlPath: string): RelatedReader {
  const disk = diskReader(yamlPath);
  const memory = memoryReader({
    [COMPLETE_METADATA]: readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml')),
  });
  return (relative, maxBytes) =>
    relative === COMPLETE_METADATA ? memory(relative, maxBytes) : disk(relative, maxBytes);
}

/** A valid file holding every position of the schema at least once. */
export function completeFile(stack = 'complete'): Record<string, unknown> {
  return {
    $schema: '../schemas/cogfed.schema.json',
    version: 1,
    stack,
    aws: { region: 'eu-central-1', tags: { team: 'identity' }, providerVersion: '~> 6.25' },
    backend: {
      s3: {
        bucket: 'acme-tf-state',
        key: 'cognito/complete.tfstate',
        region: 'eu-central-1',
        lockfile: true,
        encrypt: true,
      },
    },
    production: false,
    userPools: {
      members: {
        renamedFrom: 'members-old',
        importId: 'eu-central-1_AbC123',
        name: 'complete-members',
        deletionProtection: false,
        tier: 'plus',
        signIn: { usernameAttributes: ['email'], caseSensitive: false, autoVerify: ['email'] },
        passwordPolicy: {
          minimumLength: 14,
          requireLowercase: true,
          requireUppercase: true,
          requireNumbers: true,
          requireSymbols: true,
          temporaryPasswordValidityDays: 7,
          historySize: 5,
        },
        mfa: {
          mode: 'optional',
          methods: ['totp', 'sms', 'email'],
          sms: {
            snsCallerArn: 'arn:aws:iam::111122223333:role/sns',
            externalId: 'ext-1',
            snsRegion: 'eu-central-1',
          },
        },
        email: {
          sesSourceArn: 'arn:aws:ses:eu-central-1:111122223333:identity/acme.com',
          from: 'no-reply@acme.com',
          replyTo: 'help@acme.com',
        },
        customAttributes: {
          tenant_id: { type: 'string', mutable: true, minLength: 1, maxLength: 64 },
          level: { type: 'number', min: 0, max: 10 },
        },
        domain: {
          custom: {
            name: 'login.acme.com',
            certificateArn:
              'arn:aws:acm:us-east-1:111122223333:certificate/8f0e3c51-6a37-4c2b-9a8e-0b1c2d3e4f5a',
          },
          managedLoginVersion: 2,
          importId: 'login.acme.com',
        },
        outputs: { authorizeUrls: true },
        resourceServers: {
          api: {
            renamedFrom: 'api-old',
            identifier: 'https://api.acme.com',
            name: 'API',
            scopes: { read: 'Read' },
            importId: 'eu-central-1_AbC123|https://api.acme.com',
          },
        },
        identityProviders: {
          Acme: {
            type: 'oidc',
            importId: 'eu-central-1_AbC123:Acme',
            issuer: 'https://idp.acme.com',
            clientId: 'acme-client',
            clientSecret: { secretsManager: 'acme/idp', key: 'secret' },
            scopes: ['openid', 'email'],
            attributesRequestMethod: 'POST',
            identifiers: ['acme.com'],
            attributeMapping: { email: 'email', 'custom:tenant_id': 'org' },
            endpoints: {
              authorize: 'https://idp.acme.com/a',
              token: 'https://idp.acme.com/t',
              userInfo: 'https://idp.acme.com/u',
              jwks: 'https://idp.acme.com/j',
            },
          },
          Legacy: {
            type: 'oidc',
            issuer: 'https://legacy.acme.com',
            clientId: 'legacy-client',
            clientSecret: { ssm: '/acme/legacy' },
            scopes: ['openid'],
          },
          Other: {
            type: 'oidc',
            issuer: 'https://other.acme.com',
            clientId: 'other-client',
            clientSecret: { variable: 'other_secret' },
            scopes: ['openid'],
          },
          Contoso: {
            type: 'saml',
            metadataUrl: 'https://idp.contoso.com/federationmetadata.xml',
            idpSignout: true,
            idpInitiated: false,
            encryptedResponses: true,
            requestSigningAlgorithm: 'rsa-sha256',
            identifiers: ['contoso.com'],
            attributeMapping: {
              email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
            },
            pending: false,
          },
          // The metadata file sits beside the YAML (copyCompleteFileSupport writes it where a test runs).
          Fabrikam: {
            type: 'saml',
            metadataFile: COMPLETE_METADATA,
            identifiers: ['fabrikam.com'],
          },
          Google: {
            type: 'google',
            clientId: 'g-client',
            clientSecret: { ssm: '/acme/google' },
            scopes: ['openid', 'email'],
            attributeMapping: { email: 'email' },
          },
          Facebook: {
            type: 'facebook',
            clientId: 'f-client',
            clientSecret: { ssm: '/acme/facebook' },
            scopes: ['public_profile', 'email'],
            apiVersion: 'v17.0',
          },
          SignInWithApple: {
            type: 'apple',
            clientId: 'com.acme.web',
            teamId: 'ABCDE12345',
            keyId: 'KEY1234567',
            privateKey: { ssm: '/acme/apple' },
            scopes: ['email'],
          },
          LoginWithAmazon: {
            type: 'amazon',
            clientId: 'a-client',
            clientSecret: { ssm: '/acme/amazon' },
            scopes: ['profile'],
          },
        },
        clients: {
          web: {
            renamedFrom: 'web-old',
            importId: 'eu-central-1_AbC123/abcdef1234567890',
            brandingImportId: 'eu-central-1_AbC123,0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
            name: 'acme-web',
            callbackUrls: ['https://app.acme.com/cb'],
            logoutUrls: ['https://app.acme.com/'],
            defaultRedirectUri: 'https://app.acme.com/cb',
            oauth: { flows: ['code'], scopes: ['openid', 'email', 'https://api.acme.com/read'] },
            identityProviders: ['Acme', 'Legacy', 'Other', 'COGNITO'],
            generateSecret: false,
            authFlows: ['user-srp', 'refresh-token'],
            tokenValidity: { access: '1h', id: '1h', refresh: '30d' },
            readAttributes: ['email', 'custom:tenant_id'],
            writeAttributes: ['email', 'custom:tenant_id'],
            enableTokenRevocation: true,
          },
        },
        quotas: { identityProviders: 300, clients: 1000, resourceServers: 25 },
      },
      // A domain is `custom` or `prefix`, never both: the second pool holds the prefix.
      staff: {
        // Per stack: a prefix is unique in its Region across the estate (domain-prefix-duplicate).
        domain: { prefix: `${stack}-staff` },
        // Each form of a secret reference, for the private key too (one Apple provider a pool).
        identityProviders: {
          SignInWithApple: {
            type: 'apple',
            clientId: 'com.acme.staff',
            teamId: 'ABCDE12345',
            keyId: 'KEY1234567',
            privateKey: { secretsManager: 'acme/apple', key: 'pem' },
            scopes: ['email'],
          },
        },
      },
      partners: {
        identityProviders: {
          SignInWithApple: {
            type: 'apple',
            clientId: 'com.acme.partners',
            teamId: 'ABCDE12345',
            keyId: 'KEY1234567',
            privateKey: { variable: 'apple_private_key' },
            scopes: ['email'],
          },
        },
      },
      // A pool attached by id holds none of a pool's own settings: its keys need a pool of their own.
      shared: { existingPool: 'eu-central-1_Shared42', existingDomain: 'login.acme.example' },
    },
  };
}

/** The first concrete path in `root` that matches the pattern, or undefined. */
export function instantiate(
  root: unknown,
  pattern: readonly string[],
): Array<string | number> | undefined {
  if (pattern.length === 0) return [];
  const [head, ...rest] = pattern;
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) {
      if (head !== '*') break;
      const tail = instantiate(root[i], rest);
      if (tail) return [i, ...tail];
    }
    return undefined;
  }
  if (!root || typeof root !== 'object') return undefined;
  const record = root as Record<string, unknown>;
  for (const key of head === '*' ? Object.keys(record) : [head]) {
    if (!(key in record)) continue;
    const tail = instantiate(record[key], rest);
    if (tail) return [key, ...tail];
  }
  return undefined;
}

/** A deep copy of `root` with the value at `path` replaced. */
export function withValue<T>(root: T, path: ReadonlyArray<string | number>, value: unknown): T {
  const copy = structuredClone(root) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy as unknown as T;
}

/** A deep copy of `root` with the map key at `path` renamed (same value, same place in the order). */
export function withKey<T>(root: T, path: ReadonlyArray<string | number>, key: string): T {
  const copy = structuredClone(root) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -2)) node = node[segment] as Record<string | number, unknown>;
  const map = node[path[path.length - 2]] as Record<string, unknown>;
  node[path[path.length - 2]] = Object.fromEntries(
    Object.entries(map).map(([k, v]) => [k === path[path.length - 1] ? key : k, v]),
  );
  return copy as unknown as T;
}
