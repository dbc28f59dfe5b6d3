import { readFileSync } from 'node:fs';
import { synthesizeModels } from '../../src/compile';
import { modelsFromContents } from '../../src/model/pipeline';
import { locate } from '../../src/load/source';
import { yamlPathOf } from '../../src/outputs/plan/arguments';
import { yamlObjects } from '../../src/outputs/plan/addresses';
import { entriesOf } from '../../src/outputs/diff/terraform';
import { goldenInputs, modelOfPath } from '../compile/helpers';

/** The address map is the inverse of the compiler's naming: exactly the addresses synth writes, each at a YAML node that exists. */
describe('address → YAML node (src/outputs/plan/addresses.ts)', () => {
  test.each(goldenInputs())(
    '$file: every resource and data source synth writes, and nothing else',
    ({ file, path }) => {
      const validated = modelsFromContents([{ path: file, bytes: readFileSync(path) }]);
      if (!validated.ok) throw new Error(`${file} does not validate`);
      const model = validated.models[0];
      const compiled = [
        ...entriesOf(
          synthesizeModels([model]).get(model.stack) as Record<string, unknown>,
        ).values(),
      ]
        .filter((e) => e.kind === 'resource' || e.kind === 'data')
        .map((e) => e.address)
        .sort();
      const objects = yamlObjects(model);
      expect([...objects.keys()].sort()).toEqual(compiled);

      const source = validated.stacks[0].source;
      for (const object of objects.values()) {
        // The node exists: walking the parsed value along the path finds something.
        let node: unknown = source.value;
        for (const key of object.path) node = (node as Record<string, unknown>)?.[key];
        expect({
          address: object.address,
          found: node !== undefined || object.kind === 'branding',
        }).toEqual({ address: object.address, found: true });
        expect(locate(source, object.path, 'key').start.line).toBeGreaterThan(1);
      }
    },
  );

  test('provider names with spaces or the joiner: the sanitized, hashed address leads back to the YAML key', () => {
    const kitchen = goldenInputs().find((g) => g.name === 'kitchen-sink')!;
    const objects = yamlObjects(modelOfPath(kitchen.path, kitchen.file));
    const acme = [...objects.values()].find(
      (o) => o.kind === 'identity-provider' && o.provider?.name === 'Acme Corp',
    )!;
    expect(acme.address).toMatch(
      /^aws_cognito_identity_provider\.members__Acme_Corp__h[0-9a-f]{8}$/,
    );
    expect(acme.path).toEqual(['userPools', 'members', 'identityProviders', 'Acme Corp']);
    expect(
      objects.get(
        `data.aws_secretsmanager_secret_version.${acme.address.split('.')[1]}__client_secret`,
      )?.path,
    ).toEqual(['userPools', 'members', 'identityProviders', 'Acme Corp', 'clientSecret']);
  });

  test('Terraform arguments lead to the YAML keys that write them', () => {
    const kitchen = goldenInputs().find((g) => g.name === 'kitchen-sink')!;
    const objects = [...yamlObjects(modelOfPath(kitchen.path, kitchen.file)).values()];
    const of = (kind: string, id?: string) =>
      objects.find(
        (o) =>
          o.kind === kind && (id === undefined || o.client?.id === id || o.provider?.name === id),
      )!;
    const cases: Array<[ReturnType<typeof of>, Array<string | number>, string]> = [
      [of('pool'), ['username_attributes'], 'userPools.members.signIn.usernameAttributes'],
      [
        of('pool'),
        ['username_configuration', 0, 'case_sensitive'],
        'userPools.members.signIn.caseSensitive',
      ],
      [
        of('pool'),
        ['schema', 'tenant_id', 'string_attribute_constraints', 0, 'max_length'],
        'userPools.members.customAttributes.tenant_id.maxLength',
      ],
      [
        of('pool'),
        ['password_policy', 0, 'minimum_length'],
        'userPools.members.passwordPolicy.minimumLength',
      ],
      [
        of('client', 'worker'),
        ['generate_secret'],
        'userPools.members.clients.worker.generateSecret',
      ],
      [of('client', 'web'), ['callback_urls'], 'userPools.members.clients.web.callbackUrls'],
      [
        of('identity-provider', 'Legacy'),
        ['provider_details', 'oidc_issuer'],
        'userPools.members.identityProviders.Legacy.issuer',
      ],
      [of('domain'), ['domain'], 'userPools.members.domain.custom.name'],
      [of('resource-server'), ['identifier'], 'userPools.members.resourceServers.api.identifier'],
    ];
    expect(cases.map(([object, steps]) => yamlPathOf(object, steps).path.join('.'))).toEqual(
      cases.map(([, , want]) => want),
    );
    // No key of its own: the object's key.
    expect(yamlPathOf(of('client', 'web'), ['user_pool_id'])).toEqual({
      path: ['userPools', 'members', 'clients', 'web'],
      target: 'key',
    });
  });
});
