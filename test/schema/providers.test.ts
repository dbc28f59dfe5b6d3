import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVIDER_TYPE_IDS } from '../../src/validate/config';
import { diagnosticsOf, findings, HEADER, yaml } from '../helpers/validate';

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../schemas/cogfed.schema.json'), 'utf8'),
);
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const resolve = (ref: string): Node => schema.definitions[ref.replace('#/definitions/', '')];
const branches = (): Node[] =>
  (schema.definitions.identityProvider.oneOf as Node[]).map((b) => resolve(b.$ref));

/** One provider `Idp` (line 8) of pool `main`, its keys from line 9 on, at column 9 (the key Idp at column 7). */
const provider = (body: string) =>
  HEADER +
  yaml`
  userPools:
    main:
      identityProviders:
        Idp:
${body
  .split('\n')
  .map((l) => `          ${l}`)
  .join('\n')}
`;

describe('identity providers in the schema: a oneOf discriminated by type', () => {
  test("the branches are the configuration's types, in order, each with its own `type` const and a description on every key", () => {
    expect(schema.definitions.identityProvider.discriminator).toEqual({ propertyName: 'type' });
    expect(branches().map((b) => b.properties.type.const)).toEqual([...PROVIDER_TYPE_IDS]);
    for (const branch of branches()) {
      expect(branch.additionalProperties).toBe(false);
      expect(branch.required).toContain('type');
      expect(branch.description.length).toBeGreaterThan(10);
      for (const [key, property] of Object.entries(branch.properties as Record<string, Node>))
        expect([key, typeof property.description]).toEqual([key, 'string']);
    }
  });

  test("each type's keys are offered only under it (what the editor completes)", () => {
    const keys = Object.fromEntries(
      branches().map((b) => [b.properties.type.const, Object.keys(b.properties).sort()]),
    );
    expect(keys).toEqual({
      oidc: [
        'attributeMapping',
        'attributesRequestMethod',
        'clientId',
        'clientSecret',
        'endpoints',
        'identifiers',
        'importId',
        'issuer',
        'pending',
        'renamedFrom',
        'scopes',
        'type',
      ],
      saml: [
        'attributeMapping',
        'encryptedResponses',
        'identifiers',
        'idpInitiated',
        'idpSignout',
        'importId',
        'metadataFile',
        'metadataUrl',
        'pending',
        'renamedFrom',
        'requestSigningAlgorithm',
        'type',
      ],
      google: [
        'attributeMapping',
        'clientId',
        'clientSecret',
        'importId',
        'pending',
        'renamedFrom',
        'scopes',
        'type',
      ],
      facebook: [
        'apiVersion',
        'attributeMapping',
        'clientId',
        'clientSecret',
        'importId',
        'pending',
        'renamedFrom',
        'scopes',
        'type',
      ],
      apple: [
        'attributeMapping',
        'clientId',
        'importId',
        'keyId',
        'pending',
        'privateKey',
        'renamedFrom',
        'scopes',
        'teamId',
        'type',
      ],
      amazon: [
        'attributeMapping',
        'clientId',
        'clientSecret',
        'importId',
        'pending',
        'renamedFrom',
        'scopes',
        'type',
      ],
    });
  });

  test('an unknown key under a SAML provider is one finding that names the type', () => {
    const text = provider(
      'type: saml\nmetadataUrl: https://idp.example.com/metadata\nissuer: https://idp.example.com',
    );
    expect(findings(text)).toEqual(['schema-unknown-property@11:9']);
    expect(diagnosticsOf(text)[0].message).toBe(
      'unknown property `issuer` in the `saml` provider `userPools.main.identityProviders.Idp`',
    );
  });

  test("a key of another type is unknown, with this type's keys as the hint", () => {
    const text = provider(
      'type: google\nclientId: g\nclientSecret: { ssm: /g }\nscopes: [openid]\nteamId: ABCDE12345',
    );
    // The provider's name is wrong for its type too: with one run showing every error, both are reported.
    expect(findings(text)).toEqual(['idp-name-social@8:7', 'schema-unknown-property@13:9']);
    expect(diagnosticsOf(text).find((d) => d.code === 'schema-unknown-property')!.hint).toBe(
      'allowed here: `type`, `importId`, `renamedFrom`, `clientId`, `clientSecret`, `scopes`, `attributeMapping`, `pending`',
    );
  });

  test('a missing required key names the type', () => {
    const text = provider(
      'type: apple\nclientId: com.example.signin\nteamId: ABCDE12345\nkeyId: KEY1234567\nscopes: [email]',
    );
    expect(findings(text)).toEqual(['idp-name-social@8:7', 'schema-required@9:9']);
    expect(diagnosticsOf(text).find((d) => d.code === 'schema-required')!.message).toBe(
      'the `apple` provider `userPools.main.identityProviders.Idp` is missing the required property `privateKey`',
    );
  });

  test('an unknown type is one finding at the type, with the types allowed and a suggestion', () => {
    const text = provider('type: saml2\nmetadataUrl: https://idp.example.com/metadata');
    expect(findings(text)).toEqual(['schema-enum@9:15']);
    const [d] = diagnosticsOf(text);
    expect(d.message).toBe(
      '`userPools.main.identityProviders.Idp.type` must be one of `oidc`, `saml`, `google`, `facebook`, `apple`, `amazon`; received "saml2"',
    );
    expect(d.hint).toBe('did you mean `saml`?');
  });

  test('a missing type is one finding at the provider', () => {
    const text = provider('metadataUrl: https://idp.example.com/metadata');
    expect(findings(text)).toEqual(['schema-required@9:9']);
    expect(diagnosticsOf(text)[0].hint).toContain(
      'one of `oidc`, `saml`, `google`, `facebook`, `apple`, `amazon`',
    );
  });

  test('SAML flags are booleans in YAML (cogfed writes the strings Cognito wants)', () => {
    expect(
      findings(
        provider('type: saml\nmetadataUrl: https://idp.example.com/metadata\nidpSignout: "true"'),
      ),
    ).toEqual(['schema-type@11:21']);
  });

  test('a social secret is a reference, never a literal, and is not echoed', () => {
    const text = provider(
      'type: apple\nclientId: com.example.signin\nteamId: ABCDE12345\nkeyId: KEY1234567\nscopes: [email]\nprivateKey: "-----BEGIN PRIVATE KEY-----MIGT"',
    );
    expect(findings(text)).toEqual(['idp-name-social@8:7', 'secret-literal@14:21']);
    expect(JSON.stringify(diagnosticsOf(text))).not.toContain('MIGT');
  });
});
