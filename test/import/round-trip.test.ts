import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { readSnapshot } from '../../src/outputs/import/from-folder';
import { importPool } from '../../src/outputs/import';
import { goldenInputs, goldenModel, Json, modelOfPath } from '../compile/helpers';
import { clientSecret, deriveResponses, providerSecret, writeResponses } from './derive';
import { normalizeStack } from './normalize';

/**
 * For every example and golden fixture: synthesize it, derive the describe
 * responses Cognito would give for that Terraform once applied, import them
 * from a folder as the AWS CLI prints them, and compile the result: the same
 * Cognito resources, each one adopted by an import block, nothing lost.
 */
// A stack attached to pools by id (existingPool) owns no pool: importing one makes it managed, the opposite of what it says.
const IMPORTABLE = goldenInputs().filter(
  (input) => !goldenModel(input).pools.some((pool) => pool.existing),
);

test('the round trip covers every golden input but those attached to pools by id', () => {
  const importable = new Set(IMPORTABLE.map((input) => input.name));
  expect(
    goldenInputs()
      .filter((input) => !importable.has(input.name))
      .map((input) => input.name),
  ).toEqual(['existing-pool']);
});

describe.each(IMPORTABLE)('$file $name', (input) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-import-rt-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('imports back to the same resources, all adopted', () => {
    const model = goldenModel(input);
    const original = synthesizeModels([model]).get(model.stack) as Json;
    const responses = deriveResponses(original);
    writeResponses(responses, dir);

    const result = importPool(readSnapshot(dir), {
      stack: model.stack,
      poolKey: model.pools[0].id,
      schemaPath: '../schemas/cogfed.schema.json',
      fileName: 'imported.yaml',
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.blocking).toEqual([]);
    expect(result.notes.filter((n) => n.effect !== 'kept')).toEqual([]);

    // The YAML and the files it names beside itself (SAML metadata), as `cogfed import -o` writes them.
    const out = join(dir, 'out', 'imported.yaml');
    for (const f of [...result.files, { path: 'imported.yaml', content: result.yaml }]) {
      mkdirSync(dirname(join(dir, 'out', f.path)), { recursive: true });
      writeFileSync(join(dir, 'out', f.path), f.content);
    }
    const importedModel = modelOfPath(out, 'imported.yaml');
    const imported = synthesizeModels([importedModel]).get(importedModel.stack) as Json;
    expect(normalizeStack(imported)).toEqual(normalizeStack(original));
    // "N to import, 0 to add": every resource has an import block, and each id is the one AWS gave.
    const addresses = Object.entries(imported.resource as Record<string, Json>).flatMap(
      ([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`),
    );
    expect(imported.import.map((b: Json) => b.to).sort()).toEqual(addresses.sort());
    expect(imported.import.find((b: Json) => b.to.startsWith('aws_cognito_user_pool.')).id).toBe(
      responses.poolId,
    );

    // No secret the responses carried reaches the file or the report.
    const everything = JSON.stringify({
      yaml: result.yaml,
      notes: result.notes,
      secrets: result.secrets,
      files: result.files,
    });
    for (const [name, json] of responses.files) {
      const secrets = [
        ...JSON.stringify(json).matchAll(/"(PROVIDER-SECRET-[^"]+|clientsecret[^"]+)"/g),
      ].map((m) => m[1]);
      for (const secret of secrets)
        expect({ name, leaked: everything.includes(secret) }).toEqual({ name, leaked: false });
    }
    expect(providerSecret('x')).not.toBe(clientSecret('x'));
    expect(readFileSync(input.path, 'utf8').length).toBeGreaterThan(0);
  });
});
