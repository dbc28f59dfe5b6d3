#!/usr/bin/env node
// Generates the key tables of docs/configuration.md from the JSON Schema
// (schemas/cogfed.schema.json: its descriptions, defaults, required keys),
// with, for each key, what changing it costs (from the replacement table in
// src/outputs/diff/replacement.ts), and the address table from
// src/model/addresses.ts. The prose around them is written by hand; only the
// parts between `<!-- generated:… -->` and `<!-- /generated -->` are
// replaced. test/docs/configuration.test.ts checks the file is current.
//   npm run build && node scripts/docs-configuration.js [--check]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = (module) => require(path.join(root, 'dist/src', module));
const FILE = path.join(root, 'docs/configuration.md');
const SCHEMA_FILE = path.join(root, 'schemas/cogfed.schema.json');
const TENANT_SCHEMA_FILE = path.join(root, 'schemas/cogfed-tenant.schema.json');

const START = /<!-- generated:(\S+)(?: (\S+))? -->/g;
const END = '<!-- /generated -->';

/** How a map's key is written in a key path, by the map's property name. */
const PLACEHOLDERS = {
  userPools: '<id>',
  customAttributes: '<name>',
  resourceServers: '<id>',
  identityProviders: '<name>',
  clients: '<id>',
  tags: '<key>',
  scopes: '<scope>',
  attributeMapping: '<attribute>',
};

/**
 * What a replaced resource costs, by Terraform type, and the `cogfed diff`
 * hazard that reports it (docs/codes.md).
 */
const REPLACED = {
  aws_cognito_user_pool: {
    noun: 'the user pool',
    cost: 'every user in it is deleted',
    hazard: 'pool-replaced',
  },
  aws_cognito_identity_provider: {
    noun: 'the identity provider',
    cost: 'users linked to it lose their link',
    hazard: 'idp-replaced',
  },
  aws_cognito_user_pool_client: {
    noun: 'the app client',
    cost: 'it gets a new client id, which every app using it must be given',
    hazard: 'client-replaced',
  },
  aws_cognito_user_pool_domain: {
    noun: 'the domain',
    cost: 'every identity provider must register the new redirect URI',
    hazard: 'domain-changed',
  },
  aws_cognito_resource_server: {
    noun: 'the resource server',
    cost: 'its scopes are created again',
    hazard: 'resource-server-replaced',
  },
  'provider.aws': {
    noun: 'every resource of the stack',
    cost: "they are created again in the new Region, and the pools' users are not moved",
    hazard: 'pool-replaced',
  },
};

/**
 * What changing a key costs, by key path (map keys written `*`). An entry
 * names the Terraform argument the key compiles to (src/compile/*), whose
 * entry in REPLACEMENT_RULES decides; or says it in words (`text`), with the
 * hazard that reports it. `inherit` applies an entry to every key below it.
 * A key with no entry here, and no entry above it, is updated in place.
 */
const CHANGES = {
  $schema: { text: 'nothing: cogfed ignores it' },
  version: { text: '—' },
  stack: {
    text: 'a new output folder; with local state or the default `backend.s3.key`, also a new, empty state: without a state migration, Terraform creates every pool again and leaves the old ones unmanaged (with `backend.s3.key` set, the state stays; see [ids and addresses](#ids-and-addresses))',
    hazard: 'backend-changed',
  },
  'aws.region': { terraform: 'provider.aws.region' },
  backend: {
    text: 'moves the state: run `terraform init -migrate-state` in the stack folder, or Terraform starts from an empty state and creates every pool again',
    hazard: 'backend-changed',
    inherit: true,
  },
  'backend.s3.region': {
    text: "the bucket's Region: the state stays where it is (a bucket name is global); a wrong Region fails `terraform init`",
  },
  'backend.s3.lockfile': {
    text: 'needs `terraform init -reconfigure`; the state stays where it is',
  },
  'backend.s3.encrypt': {
    text: 'needs `terraform init -reconfigure`; the state stays where it is',
  },
  production: { text: 'nothing in AWS: which rules apply' },
  'environments.*': {
    text: 'each environment is a stack: a new or removed environment adds or removes one',
  },
  'environments.*.stack': {
    text: 'a new output folder and a new state: without a state migration, Terraform creates every resource again',
  },
  'environments.*.production': { text: 'nothing in AWS: which rules apply' },
  'environments.*.set': { text: 'as the keys it sets' },
  'userPools.*': {
    text: '**a new Terraform address: destroys the pool and creates another**; every user in it is deleted (unless the new key says `renamedFrom: <old key>`: the state moves)',
    hazard: 'pool-replaced',
  },
  'userPools.*.renamedFrom': { text: 'nothing in AWS: a Terraform `moved` block' },
  'userPools.*.clients.*.renamedFrom': { text: 'nothing in AWS: a Terraform `moved` block' },
  'userPools.*.resourceServers.*.renamedFrom': {
    text: 'nothing in AWS: a Terraform `moved` block',
  },
  'userPools.*.identityProviders.*.renamedFrom': { text: 'refused (`renamed-from`)' },
  'userPools.*.name': {
    terraform: 'aws_cognito_user_pool.name',
    note: 'hashicorp/aws 6.6.0 and later',
  },
  'userPools.*.deletionProtection': {
    text: 'updated in place; `false` lets Terraform destroy the pool',
  },
  'userPools.*.signIn.usernameAttributes': {
    terraform: 'aws_cognito_user_pool.username_attributes',
  },
  'userPools.*.signIn.caseSensitive': {
    terraform: 'aws_cognito_user_pool.username_configuration.case_sensitive',
  },
  'userPools.*.customAttributes': {
    text: 'adding an attribute updates the pool in place; changing or removing one fails at apply',
    hazard: 'custom-attribute-removed',
  },
  'userPools.*.customAttributes.*': {
    text: 'fixed once the pool exists: the apply fails, though the plan shows an update',
    hazard: 'custom-attribute-changed',
    inherit: true,
  },
  'userPools.*.domain': {
    text: 'removing it, or switching between `prefix` and `custom`, replaces the domain: every identity provider must register the new redirect URI',
    hazard: 'domain-changed',
  },
  'userPools.*.domain.prefix': { terraform: 'aws_cognito_user_pool_domain.domain' },
  'userPools.*.domain.custom.name': { terraform: 'aws_cognito_user_pool_domain.domain' },
  'userPools.*.domain.custom.certificateArn': {
    terraform: 'aws_cognito_user_pool_domain.certificate_arn',
    note: 'another certificate ARN updates the domain in place',
  },
  'userPools.*.domain.managedLoginVersion': {
    terraform: 'aws_cognito_user_pool_domain.managed_login_version',
    note: 'version 2 adds a branding style per client',
  },
  'userPools.*.resourceServers.*': {
    text: '**a new Terraform address for the same AWS resource server** (its id is the identifier): the create and the destroy race, so the apply fails or deletes the new one; removing it takes its scopes out of every token',
    hazard: 'resource-server-renamed',
  },
  'userPools.*.resourceServers.*.identifier': {
    terraform: 'aws_cognito_resource_server.identifier',
    note: 'and every scope gets a new name',
  },
  'userPools.*.resourceServers.*.name': {
    terraform: 'aws_cognito_resource_server.name',
    note: 'hashicorp/aws 6.6.0 and later',
  },
  'userPools.*.identityProviders.*': {
    terraform: 'aws_cognito_identity_provider.provider_name',
    note: 'renaming the key renames the provider',
    hazard: 'idp-renamed',
  },
  'userPools.*.identityProviders.*.type': {
    terraform: 'aws_cognito_identity_provider.provider_type',
  },
  'userPools.*.identityProviders.*.issuer': {
    text: 'updated in place; another IdP application sends other `sub` values, so linked users may get new accounts',
    hazard: 'idp-identity-changed',
  },
  'userPools.*.identityProviders.*.clientId': {
    text: 'updated in place; another IdP application sends other `sub` values, so linked users may get new accounts',
    hazard: 'idp-identity-changed',
  },
  'userPools.*.identityProviders.*.identifiers': {
    text: 'updated in place; a removed identifier stops routing its users to this provider',
    hazard: 'identifiers-removed',
  },
  'userPools.*.outputs': { text: "changes the pool's stack output only", inherit: true },
  'userPools.*.clients.*': {
    text: 'a new Terraform address: the client is replaced, with a new client id',
    hazard: 'client-replaced',
  },
  'userPools.*.clients.*.generateSecret': {
    terraform: 'aws_cognito_user_pool_client.generate_secret',
  },
};

/**
 * Replacing arguments no YAML key compiles to: cogfed never writes them, or
 * they follow a reference (a parent's id) whose own replacement the table
 * already reports.
 */
const NOT_FROM_YAML = {
  'aws_cognito_user_pool.alias_attributes': 'cogfed never writes alias_attributes',
  '*.user_pool_id': "follows the pool's id: replaced with the pool",
  'aws_cognito_managed_login_branding.client_id':
    "follows the client's id: replaced with the client",
  'aws_cognito_managed_login_branding.asset': 'cogfed writes no branding assets',
};

function loadSchema() {
  return JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
}

/** A schema node with `$ref` followed (the referring node's own keywords win) and `allOf` merged. */
function resolve(schema, node) {
  let out = node;
  for (let depth = 0; out && out.$ref; depth++) {
    if (depth > 32) throw new Error(`$ref loop at ${node.$ref}`);
    const { $ref, ...own } = out;
    out = { ...pointer(schema, $ref), ...own };
  }
  if (out && out.allOf) {
    const { allOf, ...own } = out;
    const parts = allOf.map((part) => resolve(schema, part));
    out = parts.reduce(
      (acc, part) => ({
        ...part,
        ...acc,
        properties: { ...part.properties, ...acc.properties },
        required: [...(acc.required ?? []), ...(part.required ?? [])],
      }),
      own,
    );
  }
  return out;
}

function pointer(schema, ref) {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported: ${ref}`);
  let node = schema;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return node;
}

/** The object a map's values are, if the node is a map of objects (or of oneOf forms). */
function mapValue(schema, node) {
  const value = node.additionalProperties;
  if (!value || typeof value !== 'object') return undefined;
  const resolved = resolve(schema, value);
  return resolved.properties || resolved.oneOf || resolved.anyOf ? resolved : undefined;
}

const branchesOf = (node) => node.oneOf ?? node.anyOf;
const placeholder = (name) => PLACEHOLDERS[name] ?? '<key>';
/** A key path with map keys written `*`, as CHANGES keys them. */
const pattern = (keyPath) => keyPath.replace(/<[^>]+>/g, '*');
const join = (a, b) => (a ? `${a}.${b}` : b);

/** The node at a block's address: a key path (`userPools.<id>.signIn`) or a JSON pointer (`#/definitions/secretRef`). */
function nodeAt(schema, address) {
  if (address.startsWith('#')) return resolve(schema, pointer(schema, address));
  let node = resolve(schema, schema);
  for (const segment of address === '.' ? [] : address.split('.')) {
    const next = segment.startsWith('<')
      ? mapValue(schema, node)
      : node.properties?.[segment] && resolve(schema, node.properties[segment]);
    if (!next)
      throw new Error(
        `docs/configuration.md has a block for ${address}, which the schema does not have (at ${segment})`,
      );
    node = next;
  }
  return node;
}

/** Schema scalars as they are written in YAML. */
function yaml(value) {
  if (Array.isArray(value)) return `[${value.map(yaml).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${yaml(v)}`)
      .join(', ')} }`;
  return String(value);
}

const code = (text) => `\`${text}\``;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/**
 * Splits "… Default `x`." out of a description: the default column shows
 * it, the description keeps the rest. A description without such a sentence
 * falls back to the schema's `default` keyword.
 */
function splitDefault(description = '') {
  const match = /(^|\s)Default:? (`[^`]*`|[^.;`]+)[.;](?=\s|$)/.exec(description);
  if (!match) return { description, stated: undefined };
  const rest = (
    description.slice(0, match.index) + description.slice(match.index + match[0].length)
  )
    .replace(/\s+/g, ' ')
    .trim();
  return { description: rest, stated: match[2] };
}

function typeText(schema, node, links) {
  if (node.const !== undefined) return code(yaml(node.const));
  if (node.enum) return node.enum.map((v) => code(yaml(v))).join(', ');
  const link = links(node);
  if (link) return link;
  if (branchesOf(node)) return 'one of the forms below';
  if (node.type === 'array') {
    const items = resolve(schema, node.items ?? {});
    if (items.enum) return `list of ${items.enum.map((v) => code(yaml(v))).join(', ')}`;
    return `list of ${items.type ?? 'values'}s`;
  }
  if (node.type === 'object') {
    if (node.properties) return 'mapping';
    const value = node.additionalProperties && resolve(schema, node.additionalProperties);
    if (value && value.type && !value.properties) return `map of ${value.type}s`;
    return 'map';
  }
  return node.type ?? 'any';
}

/**
 * Renders the tables of one block. `blocks` are every block of the document
 * (address → node and anchor), so a key that another block documents is a
 * link there instead of being expanded twice. Records every key path it
 * documents in `seen`.
 */
function renderBlock(schema, address, blocks, changes, seen, links) {
  const node = nodeAt(schema, address);
  const self = blocks.get(address);
  /** The block that documents this key, if another one does: by its key path, or by the definition it refers to. */
  const linkTo = (keyPath, raw) => {
    for (const [other, block] of blocks) {
      if (other === address) continue;
      if (pattern(other) === pattern(keyPath) || (raw && raw.$ref === other)) {
        links.push({ keyPath: pattern(keyPath), address: other });
        return `[${block.title}](#${block.anchor})`;
      }
    }
    return undefined;
  };
  // The key path a JSON-pointer block documents is wherever it is used; its rows are relative.
  const base = address.startsWith('#') || address === '.' ? '' : address;

  const out = [];
  const rows = [];
  const branchSections = [];
  const row = (keyPath, label, prop, required, raw) => {
    seen.add(pattern(keyPath));
    const { description, stated } = splitDefault(prop.description);
    // The `default` keyword when there is one (test/docs checks the sentence agrees), else the sentence's words.
    const dflt = required
      ? 'required'
      : prop.default !== undefined
        ? code(yaml(prop.default))
        : (stated ?? '');
    const link = linkTo(keyPath, raw);
    const type = typeText(schema, prop, () => link);
    const what = link ? `${description} See ${link}.` : description;
    const container = Boolean(prop.properties || branchesOf(prop) || mapValue(schema, prop));
    rows.push(
      `| ${code(label)} | ${cell(type)} | ${cell(dflt)} | ${cell(what)} | ${cell(changes(keyPath, container))} |`,
    );
    return link;
  };

  /** Rows for an object's properties (flattened: `a.b.c`), and sections for its forms. */
  const walk = (obj, keyPrefix, labelPrefix, level) => {
    const required = new Set(obj.required ?? []);
    for (const [name, raw] of Object.entries(obj.properties ?? {})) {
      const prop = resolve(schema, raw);
      const keyPath = join(keyPrefix, name);
      const label = labelPrefix + name;
      if (row(keyPath, label, prop, required.has(name), raw)) continue;
      if (prop.properties) walk(prop, keyPath, `${label}.`, level);
      const value = prop.type === 'object' ? mapValue(schema, prop) : undefined;
      if (value) {
        const key = placeholder(name);
        row(
          join(keyPath, key),
          `${label}.${key}`,
          { ...value, description: prop.propertyNames?.description ?? value.description },
          false,
        );
        walk(value, join(keyPath, key), `${label}.${key}.`, level);
      }
      if (branchesOf(prop)) forms(prop, keyPath, `${label}.`, level);
    }
  };

  /** One section per `oneOf`/`anyOf` form, each with its own table. */
  const forms = (obj, keyPrefix, labelPrefix, level) => {
    for (const [index, raw] of branchesOf(obj).entries()) {
      const form = resolve(schema, raw);
      const before = rows.splice(0);
      walk(form, keyPrefix, labelPrefix, level + 1);
      const own = rows.splice(0);
      rows.push(...before);
      branchSections.push({
        level: level + 1,
        title: formTitle(form, raw, index),
        description: form.description,
        rows: own,
      });
    }
  };

  if (node.properties || (!branchesOf(node) && !mapValue(schema, node)))
    walk(node, base, '', self.level);
  const value = mapValue(schema, node);
  if (value) {
    const key = placeholder(base.split('.').pop());
    row(
      join(base, key),
      key,
      { ...value, description: node.propertyNames?.description ?? value.description },
      false,
    );
    walk(value, join(base, key), `${key}.`, self.level);
    if (branchesOf(value)) forms(value, join(base, key), `${key}.`, self.level);
  }
  if (branchesOf(node)) forms(node, base, '', self.level);

  const header = [
    '| key | type | default | what it does | changing it |',
    '| --- | --- | --- | --- | --- |',
  ];
  if (node.description)
    out.push(base ? `Under ${code(base)}: ${node.description}` : node.description, '');
  if (rows.length > 0) out.push(...header, ...rows);
  for (const section of branchSections) {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    out.push(`${'#'.repeat(Math.min(section.level, 6))} ${section.title}`, '');
    if (section.description) out.push(section.description, '');
    out.push(...header, ...section.rows);
  }
  return out.join('\n');
}

/** A form's heading: its discriminating constant (`type: oidc`), else its required keys, else its title. */
function formTitle(form, raw, index) {
  const constant = Object.entries(form.properties ?? {}).find(([, p]) => p.const !== undefined);
  if (constant) return code(`${constant[0]}: ${yaml(constant[1].const)}`);
  if (form.required?.length) return form.required.map(code).join(' and ');
  if (form.title) return form.title;
  if (raw.$ref) return code(raw.$ref.split('/').pop());
  return `Form ${index + 1}`;
}

/** GitHub's anchor of a heading (as test/docs/codes.test.ts computes it). */
function slug(heading) {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** What changing a key costs, from CHANGES and the replacement table. */
function changeText(rules, hazards) {
  const hazardLink = (hazard) => {
    if (!hazards.has(hazard))
      throw new Error(`CHANGES names hazard ${hazard}, which cogfed diff does not have`);
    return ` ([${code(hazard)}](codes.md#${hazard}))`;
  };
  const ruleFor = (terraform) => {
    const dot = terraform.startsWith('provider.')
      ? terraform.indexOf('.', 'provider.'.length)
      : terraform.indexOf('.');
    const resource = terraform.slice(0, dot);
    const attribute = terraform.slice(dot + 1);
    const rule = rules.find((r) => r.resource === resource && r.attribute === attribute);
    if (!rule)
      throw new Error(
        `CHANGES names ${terraform}, which src/outputs/diff/replacement.ts does not list`,
      );
    return rule;
  };
  const describe = (entry) => {
    if (entry.text) return entry.text + (entry.hazard ? hazardLink(entry.hazard) : '');
    const rule = ruleFor(entry.terraform);
    const replaced = REPLACED[rule.resource];
    const note = entry.note ? ` (${entry.note})` : '';
    if (rule.replaces === 'never')
      return `updated in place${note}` + (entry.hazard ? hazardLink(entry.hazard) : '');
    if (rule.replaces === 'set-unset')
      return (
        `setting or removing it replaces ${replaced.noun}: ${replaced.cost}; ${entry.note}` +
        hazardLink(replaced.hazard)
      );
    return (
      `**replaces ${replaced.noun}**: ${replaced.cost}${note}` +
      hazardLink(entry.hazard ?? replaced.hazard)
    );
  };
  return (keyPath, container) => {
    const key = pattern(keyPath);
    if (CHANGES[key]) return describe(CHANGES[key]);
    const parts = key.split('.');
    for (let n = parts.length - 1; n > 0; n--) {
      const entry = CHANGES[parts.slice(0, n).join('.')];
      if (entry?.inherit) return describe(entry);
    }
    // A mapping's cost is its keys'.
    return container ? '' : 'updated in place';
  };
}

/** Every replacing rule is reached from a YAML key (CHANGES) or says why not (NOT_FROM_YAML). */
function checkCoverage(rules) {
  const named = new Set(
    Object.values(CHANGES)
      .map((e) => e.terraform)
      .filter(Boolean),
  );
  const unexplained = rules
    .filter((r) => r.replaces !== 'never')
    .map((r) => `${r.resource}.${r.attribute}`)
    .filter((t) => !named.has(t) && !NOT_FROM_YAML[t] && !NOT_FROM_YAML[`*.${t.split('.').pop()}`]);
  if (unexplained.length > 0)
    throw new Error(
      `replacing arguments no YAML key documents: ${unexplained.join(', ')} (add them to CHANGES or NOT_FROM_YAML in scripts/docs-configuration.js)`,
    );
}

/** The addresses and output names cogfed derives from the example's keys (src/model/addresses.ts). */
function renderAddresses() {
  const { KIND, DATA_KIND, address, outputName, resourceAddress, dataAddress } =
    dist('model/addresses');
  const pool = { id: 'customers' };
  const client = { id: 'web' };
  const server = { id: 'orders' };
  const provider = { name: 'ScalekitIdPRouter' };
  const odd = { name: 'Acme Corp' };
  const rows = [
    ['`userPools.customers`', resourceAddress(KIND.userPool, address.pool(pool))],
    ['`userPools.customers.domain`', resourceAddress(KIND.domain, address.domain(pool))],
    [
      '`userPools.customers.resourceServers.orders`',
      resourceAddress(KIND.resourceServer, address.resourceServer(pool, server)),
    ],
    [
      '`userPools.customers.identityProviders.ScalekitIdPRouter`',
      resourceAddress(KIND.identityProvider, address.provider(pool, provider)),
    ],
    [
      '`userPools.customers.identityProviders.Acme Corp`',
      resourceAddress(KIND.identityProvider, address.provider(pool, odd)),
    ],
    [
      'its `clientSecret: { ssm: … }`',
      dataAddress(DATA_KIND.ssmParameter, address.providerDetail(pool, provider, 'client_secret')),
    ],
    [
      'its `clientSecret: { secretsManager: … }`',
      dataAddress(DATA_KIND.secretVersion, address.providerDetail(pool, provider, 'client_secret')),
    ],
    ['its `clientSecret: { variable: scalekit_secret }`', 'var.scalekit_secret'],
    [
      '`userPools.customers.clients.web`',
      resourceAddress(KIND.client, address.client(pool, client)),
    ],
    [
      'its managed login style (`managedLoginVersion: 2`)',
      resourceAddress(KIND.branding, address.branding(pool, client)),
    ],
  ];
  const { OUTPUT_KEY } = dist('model/addresses');
  const name = outputName.pool(pool);
  const outputs = [
    [`${name}.${OUTPUT_KEY.poolId}`, 'the pool id'],
    [`${name}.${OUTPUT_KEY.poolArn}`, 'the pool ARN'],
    [
      `${name}.${OUTPUT_KEY.issuerUrl}`,
      'the token issuer, `https://cognito-idp.<region>.amazonaws.com/<pool id>`',
    ],
    [`${name}.${OUTPUT_KEY.clients}.web`, "the client's id (every client of the pool, by its key)"],
    [`${name}.${OUTPUT_KEY.domainUrl}`, 'the sign-in domain, `https://<domain>` (with a domain)'],
    [
      `${name}.${OUTPUT_KEY.idpRedirectUri}`,
      'the redirect URI every OIDC provider registers, `https://<domain>/oauth2/idpresponse` (with a domain)',
    ],
    [
      `${name}.${OUTPUT_KEY.tokenEndpoint}`,
      'the token endpoint, `https://<domain>/oauth2/token` (with a domain)',
    ],
    [
      `${name}.${OUTPUT_KEY.authorizeUrls}.web.ScalekitIdPRouter`,
      'the authorize URL that goes straight to the provider (clients with the `code` flow; only with `outputs: { authorizeUrls: true }`)',
    ],
    [
      `${name}.${OUTPUT_KEY.saml}.${OUTPUT_KEY.samlAcsUrl}`,
      'with SAML providers: the ACS URL they register; beside it `sp_entity_id`, and as the providers need them `logout_url`, `signing_certificate` and `encryption_certificates` by provider name',
    ],
  ];
  return [
    '| YAML | Terraform address |',
    '| --- | --- |',
    ...rows.map(([yamlKey, tf]) => `| ${yamlKey} | ${code(tf)} |`),
    '',
    `One stack output per pool, named after the pool's id, whose value is an object (\`terraform output -json ${name}\`):`,
    '',
    '| in the stack output | holds |',
    '| --- | --- |',
    ...outputs.map(([name, what]) => `| ${code(name)} | ${what} |`),
  ].join('\n');
}

/**
 * The keys of a tenant file (schemas/cogfed-tenant.schema.json), each with
 * its description; `identityProviders` is the pool's own key (the schema
 * refers to it), so the row links to its block.
 */
function renderTenant() {
  const tenant = JSON.parse(fs.readFileSync(TENANT_SCHEMA_FILE, 'utf8'));
  const required = (node, key) => (node.required ?? []).includes(key);
  const rows = [];
  const walk = (node, prefix) => {
    for (const [key, prop] of Object.entries(node.properties ?? {})) {
      const keyPath = join(prefix, key);
      if (prop.$ref) {
        if (!prop.$ref.endsWith('#/definitions/userPool/properties/identityProviders'))
          throw new Error(
            `the tenant schema refers to ${prop.$ref}, which this table does not know`,
          );
        rows.push([
          code(keyPath),
          '[identityProviders](#identityproviders)',
          'required',
          "The customer's identity providers, written as under a pool's `identityProviders`: they are added to the pool the file joins.",
        ]);
        continue;
      }
      const type = prop.type === 'object' ? 'mapping' : prop.type;
      rows.push([code(keyPath), type, required(node, key) ? 'required' : '', prop.description]);
      if (prop.type === 'object') walk(prop, keyPath);
    }
  };
  walk(tenant, '');
  return [
    tenant.description,
    '',
    '| key | type | default | what it does |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The blocks of a document: address → its node, the heading above it, that heading's level. */
function blocksOf(markdown, schema) {
  const blocks = new Map();
  let heading = { title: '', level: 1 };
  const lines = markdown.split('\n');
  for (const line of lines) {
    const h = /^(#{1,6}) +(.+?) *$/.exec(line);
    if (h) heading = { title: h[2], level: h[1].length };
    const m = /^<!-- generated:keys (\S+) -->$/.exec(line);
    if (m) {
      if (blocks.has(m[1])) throw new Error(`two blocks for ${m[1]}`);
      blocks.set(m[1], {
        node: nodeAt(schema, m[1]),
        title: heading.title.replace(/`/g, ''),
        anchor: slug(heading.title),
        level: heading.level,
      });
    }
  }
  return blocks;
}

/** Every key path of the schema (map keys as `*`), walking into maps and forms. */
function allKeyPaths(schema) {
  const out = new Set();
  const walk = (node, prefix, depth) => {
    if (depth > 20) return;
    for (const [name, raw] of Object.entries(node.properties ?? {})) {
      const prop = resolve(schema, raw);
      const keyPath = join(prefix, name);
      out.add(keyPath);
      visit(prop, keyPath, depth);
    }
    for (const raw of branchesOf(node) ?? []) walk(resolve(schema, raw), prefix, depth + 1);
  };
  const visit = (node, keyPath, depth) => {
    walk(node, keyPath, depth + 1);
    const value =
      node.type === 'object' || node.additionalProperties ? mapValue(schema, node) : undefined;
    if (value) {
      out.add(join(keyPath, '*'));
      visit(value, join(keyPath, '*'), depth + 1);
    }
  };
  walk(resolve(schema, schema), '', 0);
  return out;
}

/**
 * The document with every generated block rendered afresh. Throws when the
 * schema has a key no block documents, or a block names a key the schema
 * does not have.
 */
function render(markdown, schema = loadSchema()) {
  const rules = dist('outputs/diff/replacement').REPLACEMENT_RULES;
  const hazards = new Set(dist('outputs/diff/hazard-codes').HAZARD_KINDS.map((k) => k.code));
  checkCoverage(rules);
  const changes = changeText(rules, hazards);
  const blocks = blocksOf(markdown, schema);
  const seen = new Map();
  const links = [];
  let out = '';
  let at = 0;
  for (const match of markdown.matchAll(START)) {
    const end = markdown.indexOf(END, match.index);
    if (end < 0) throw new Error(`${match[0]} has no ${END}`);
    const [kind, address] = [match[1], match[2]];
    let body;
    if (kind === 'keys') {
      seen.set(address, new Set());
      body = renderBlock(schema, address, blocks, changes, seen.get(address), links);
    } else if (kind === 'addresses') body = renderAddresses();
    else if (kind === 'tenant') body = renderTenant();
    else throw new Error(`unknown generated block ${match[0]}`);
    out += `${markdown.slice(at, match.index + match[0].length)}\n${body}\n`;
    at = end;
  }
  out += markdown.slice(at);
  const missing = [...allKeyPaths(schema)].filter((k) => !documented(k, seen, links, blocks));
  if (missing.length > 0)
    throw new Error(`docs/configuration.md documents no block for: ${missing.join(', ')}`);
  return out;
}

/** A key is documented by a key-path block, or by a definition's block, relative to where a row links to it. */
function documented(keyPath, seen, links) {
  for (const [address, keys] of seen)
    if (!address.startsWith('#') && keys.has(keyPath)) return true;
  return links.some(
    (l) =>
      l.address.startsWith('#') &&
      keyPath.startsWith(`${l.keyPath}.`) &&
      seen.get(l.address)?.has(keyPath.slice(l.keyPath.length + 1)),
  );
}

module.exports = {
  render,
  renderBlock,
  nodeAt,
  splitDefault,
  resolve,
  slug,
  loadSchema,
  FILE,
  CHANGES,
};

if (require.main === module) {
  const current = fs.readFileSync(FILE, 'utf8');
  const next = render(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      process.stderr.write(
        'docs/configuration.md is out of date: run `npm run build && node scripts/docs-configuration.js`\n',
      );
      process.exit(1);
    }
  } else fs.writeFileSync(FILE, next);
}
