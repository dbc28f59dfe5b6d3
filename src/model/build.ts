import type {
  AuthFlow,
  ClientConfig,
  CogfedFile,
  CustomAttributeConfig,
  DomainConfig,
  UserPoolConfig,
} from '../validate/config';
import type { MetadataDocument } from '../validate/saml/metadata-files';
import { DEFAULTS } from './defaults';
import { buildProvider } from './providers';
import { entries, sorted, sortedRecord, stripUndefined } from './records';
import { parseDuration } from '../validate/duration';
import type { Client, CustomAttribute, Domain, Model, Pool, ResourceServer } from './model';
import { DEFAULT_AWS_PROVIDER_VERSION } from '../validate/aws-provider';

const AUTH_FLOWS: Record<AuthFlow, string> = {
  'user-srp': 'ALLOW_USER_SRP_AUTH',
  'refresh-token': 'ALLOW_REFRESH_TOKEN_AUTH',
  'user-password': 'ALLOW_USER_PASSWORD_AUTH',
  'admin-user-password': 'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  custom: 'ALLOW_CUSTOM_AUTH',
  'user-auth': 'ALLOW_USER_AUTH',
};

/**
 * Apply defaults and sort. Input must have passed validation (schema and
 * rules); this function trusts it.
 */
export function buildModel(
  config: CogfedFile,
  file: string,
  metadata: ReadonlyMap<string, MetadataDocument> = new Map(),
): Model {
  const s3 = config.backend?.s3;
  return {
    file,
    stack: config.stack,
    region: config.aws.region,
    tags: sortedRecord(config.aws.tags ?? {}),
    awsProviderVersion: config.aws.providerVersion ?? DEFAULT_AWS_PROVIDER_VERSION,
    backend: s3
      ? {
          kind: 's3',
          bucket: s3.bucket,
          key: s3.key ?? `cognito/${config.stack}.tfstate`,
          region: s3.region,
          useLockfile: s3.lockfile ?? true,
          encrypt: s3.encrypt ?? true,
        }
      : { kind: 'local' },
    pools: entries(config.userPools).map(([id, pool]) => buildPool(config, id, pool, metadata)),
  };
}

function buildPool(
  config: CogfedFile,
  id: string,
  pool: UserPoolConfig,
  metadata: ReadonlyMap<string, MetadataDocument>,
): Pool {
  const usernameAttributes = [...(pool.signIn?.usernameAttributes ?? [])].sort();
  const mfaMode = pool.mfa?.mode ?? 'off';
  const methods = new Set(pool.mfa?.methods ?? []);
  return {
    id,
    ...(pool.importId ? { importId: pool.importId } : {}),
    ...(pool.existingPool
      ? {
          existing: {
            id: pool.existingPool,
            ...(pool.existingDomain ? { domainHost: pool.existingDomain } : {}),
          },
        }
      : {}),
    name: pool.name ?? pool.existingPool ?? `${config.stack}-${id}`,
    ...(pool.renamedFrom ? { renamedFrom: pool.renamedFrom } : {}),
    deletionProtection: pool.deletionProtection ?? true,
    ...(pool.tier ? { tier: pool.tier.toUpperCase() as Pool['tier'] } : {}),
    usernameAttributes,
    caseSensitive: pool.signIn?.caseSensitive ?? false,
    autoVerifiedAttributes: [...(pool.signIn?.autoVerify ?? usernameAttributes)].sort(),
    passwordPolicy: { ...DEFAULTS.passwordPolicy, ...stripUndefined(pool.passwordPolicy ?? {}) },
    mfa: {
      configuration: mfaMode === 'off' ? 'OFF' : mfaMode === 'optional' ? 'OPTIONAL' : 'ON',
      totp: mfaMode !== 'off' && methods.has('totp'),
      email: mfaMode !== 'off' && methods.has('email'),
      ...(mfaMode !== 'off' && methods.has('sms') && pool.mfa?.sms
        ? { sms: { ...pool.mfa.sms } }
        : {}),
    },
    ...(pool.email ? { email: { ...pool.email } } : {}),
    customAttributes: entries(pool.customAttributes).map(([name, attribute]) =>
      buildCustomAttribute(name, attribute),
    ),
    ...(pool.domain ? { domain: buildDomain(config.aws.region, pool.domain) } : {}),
    resourceServers: entries(pool.resourceServers).map(([rsId, rs]): ResourceServer => ({
      id: rsId,
      ...(rs.importId ? { importId: rs.importId } : {}),
      ...(rs.renamedFrom ? { renamedFrom: rs.renamedFrom } : {}),
      identifier: rs.identifier,
      name: rs.name ?? rsId,
      scopes: entries(rs.scopes).map(([name, description]) => ({ name, description })),
    })),
    providers: entries(pool.identityProviders).map(([name, provider]) =>
      buildProvider(name, provider, { metadata }),
    ),
    clients: entries(pool.clients).map(([clientId, client]) => buildClient(clientId, client)),
    outputs: { authorizeUrls: pool.outputs?.authorizeUrls ?? false },
  };
}

function buildCustomAttribute(name: string, attribute: CustomAttributeConfig): CustomAttribute {
  const types = {
    string: 'String',
    number: 'Number',
    boolean: 'Boolean',
    datetime: 'DateTime',
  } as const;
  const result: CustomAttribute = {
    name,
    type: types[attribute.type],
    mutable: attribute.mutable ?? true,
  };
  if (attribute.type === 'string') {
    result.stringConstraints = {
      minLength: attribute.minLength ?? 0,
      maxLength: attribute.maxLength ?? DEFAULTS.stringMaxLength,
    };
  }
  if (attribute.type === 'number' && (attribute.min !== undefined || attribute.max !== undefined)) {
    result.numberConstraints = stripUndefined({ min: attribute.min, max: attribute.max });
  }
  return result;
}

function buildDomain(region: string, domain: DomainConfig): Domain {
  const managedLoginVersion = domain.managedLoginVersion ?? 1;
  const importId = domain.importId ? { importId: domain.importId } : {};
  if (domain.custom) {
    return {
      kind: 'custom',
      name: domain.custom.name,
      certificateArn: domain.custom.certificateArn,
      host: domain.custom.name,
      managedLoginVersion,
      ...importId,
    };
  }
  const prefix = domain.prefix ?? '';
  return {
    kind: 'prefix',
    prefix,
    host: `${prefix}.auth.${region}.amazoncognito.com`,
    managedLoginVersion,
    ...importId,
  };
}

function buildClient(id: string, client: ClientConfig): Client {
  const validity = { ...DEFAULTS.tokenValidity, ...stripUndefined(client.tokenValidity ?? {}) };
  return {
    id,
    ...(client.importId ? { importId: client.importId } : {}),
    ...(client.renamedFrom ? { renamedFrom: client.renamedFrom } : {}),
    ...(client.brandingImportId ? { brandingImportId: client.brandingImportId } : {}),
    name: client.name ?? id,
    callbackUrls: sorted(client.callbackUrls),
    logoutUrls: sorted(client.logoutUrls),
    ...(client.defaultRedirectUri ? { defaultRedirectUri: client.defaultRedirectUri } : {}),
    oauthFlows: sorted(client.oauth?.flows),
    oauthScopes: sorted(client.oauth?.scopes),
    identityProviders: sorted(client.identityProviders),
    generateSecret: client.generateSecret ?? false,
    explicitAuthFlows: (
      client.authFlows ?? (isMachineClient(client) ? DEFAULTS.machineAuthFlows : DEFAULTS.authFlows)
    )
      .map((flow) => AUTH_FLOWS[flow])
      .sort(),
    tokenValidity: {
      access: parseDuration(validity.access),
      id: parseDuration(validity.id),
      refresh: parseDuration(validity.refresh),
    },
    ...(client.readAttributes ? { readAttributes: sorted(client.readAttributes) } : {}),
    ...(client.writeAttributes ? { writeAttributes: sorted(client.writeAttributes) } : {}),
    enableTokenRevocation: client.enableTokenRevocation ?? true,
  };
}

/** A machine-to-machine client: `client_credentials`, which is a client's only flow when it has it (client-credentials-alone). */
function isMachineClient(client: ClientConfig): boolean {
  return (client.oauth?.flows ?? []).includes('client_credentials');
}
