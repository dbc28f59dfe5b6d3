import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContents } from '../../src/validate';
import { diagnosticsOf, findings, HEADER, yaml } from '../helpers/validate';

const root = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(root, 'schemas/cogfed.schema.json'), 'utf8'));

describe('the JSON Schema', () => {
  test('compiles under Ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  test('every property has a description and every object forbids unknown keys', () => {
    const problems: string[] = [];
    const walk = (node: Record<string, unknown>, where: string): void => {
      if (node.type === 'object' && node.properties && node.additionalProperties !== false)
        problems.push(`${where}: additionalProperties is not false`);
      for (const [name, child] of Object.entries(
        (node.properties as Record<string, Record<string, unknown>>) ?? {},
      )) {
        if (!child.description) problems.push(`${where}.${name}: no description`);
        walk(child, `${where}.${name}`);
      }
      for (const key of ['additionalProperties', 'items']) {
        const child = node[key];
        if (child && typeof child === 'object')
          walk(child as Record<string, unknown>, `${where}[${key}]`);
      }
      for (const branch of (node.oneOf as Array<Record<string, unknown>>) ?? [])
        walk(branch, `${where}(oneOf)`);
    };
    walk(schema, '#');
    for (const [name, def] of Object.entries(
      schema.definitions as Record<string, Record<string, unknown>>,
    ))
      walk(def, `#/definitions/${name}`);
    expect(problems).toEqual([]);
  });

  test('every example in config/ starts with the yaml-language-server modeline', () => {
    const files = readdirSync(join(root, 'config')).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(readFileSync(join(root, 'config', f), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schemas/cogfed.schema.json',
      );
    }
  });
});

describe('schema findings point at the YAML node', () => {
  test('a missing required key points at the mapping that lacks it', () => {
    expect(findings('version: 1\naws:\n  region: us-east-1\n')).toEqual(['schema-required@1:1']);
    expect(
      findings(`${HEADER}userPools:\n  p:\n    resourceServers:\n      api:\n        name: API\n`),
    ).toEqual(['schema-required@9:9']);
  });

  test('an unknown key points at the key, with a suggestion', () => {
    const d = findings(`${HEADER}userPools:\n  p:\n    domian:\n      prefix: x\n`);
    expect(d).toEqual(['schema-unknown-property@7:5']);
  });

  test('a wrong type points at the value', () => {
    expect(findings(`${HEADER}userPools:\n  p:\n    deletionProtection: "yes"\n`)).toEqual([
      'schema-type@7:25',
    ]);
  });

  test('an enum value outside the set', () => {
    expect(findings(`${HEADER}userPools:\n  p:\n    mfa:\n      mode: sometimes\n`)).toEqual([
      'schema-enum@8:13',
    ]);
  });

  test('version must be 1', () => {
    expect(findings('version: 2\nstack: s\naws: { region: us-east-1 }\n')).toEqual([
      'schema-const@1:10',
    ]);
  });

  test('a duplicate list item points at the second one', () => {
    expect(
      findings(
        `${HEADER}userPools:\n  p:\n    signIn:\n      usernameAttributes: [email, email]\n`,
      ),
    ).toEqual(['schema-duplicate-item@8:35']);
  });

  test('a literal client secret is refused without echoing it', () => {
    const text = yaml`
      version: 1
      stack: s
      aws: { region: us-east-1 }
      userPools:
        p:
          identityProviders:
            Okta:
              type: oidc
              issuer: https://acme.okta.com
              clientId: abc
              clientSecret: s3cr3t-value
              scopes: [openid]
    `;
    expect(findings(text)).toEqual(['secret-literal@11:23']);
    expect(JSON.stringify(diagnosticsOf(text))).not.toContain('s3cr3t-value');
  });

  test('a mapping written for a reference: its keys are not shown, a key may be the secret', () => {
    const text = yaml`
      version: 1
      stack: s
      aws: { region: us-east-1 }
      userPools:
        p:
          identityProviders:
            Okta:
              type: oidc
              issuer: https://acme.okta.com
              clientId: abc
              clientSecret: {S3cr3t-value}
              scopes: [openid]
    `;
    expect(findings(text)).toEqual(['secret-reference@11:23']);
    const [d] = diagnosticsOf(text);
    expect(d.message).toContain(
      'received a mapping with 1 other key (not shown: a key here may be the secret)',
    );
    expect(JSON.stringify(d)).not.toContain('S3cr3t');
    const known = diagnosticsOf(text.replace('{S3cr3t-value}', '{ ssm: /a, S3cr3t-value: x }'))[0];
    expect(known.message).toContain('a mapping with key `ssm` and 1 other key');
  });

  test('a secret reference with two sources', () => {
    const text = yaml`
      version: 1
      stack: s
      aws: { region: us-east-1 }
      userPools:
        p:
          identityProviders:
            Okta:
              type: oidc
              issuer: https://acme.okta.com
              clientId: abc
              clientSecret: { ssm: /a, variable: b }
              scopes: [openid]
    `;
    expect(findings(text)).toEqual(['secret-reference@11:23']);
  });

  test('all findings of all files in one run', () => {
    const result = validateContents([
      { path: 'a.yaml', bytes: Buffer.from('version: 1\n') },
      {
        path: 'b.yaml',
        bytes: Buffer.from('version: 1\nstack: b\naws: { region: us-east-1 }\nextra: 1\nmore: 2\n'),
      },
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([
      'a.yaml:1 schema-required',
      'a.yaml:1 schema-required',
      'b.yaml:4 schema-unknown-property',
      'b.yaml:5 schema-unknown-property',
    ]);
  });
});
