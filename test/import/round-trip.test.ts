import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { readSnapshot } from '../../src/outputs/import/from-folder';
import { importPool } from '../../src/outputs/import';
import { goldenInputs, Json, modelOfPath, stackOf } from '../compile/helpers';
import { clientSecret, deriveResponses, providerSecret, writeResponses } from './derive';
import { normalizeStack } from './normalize';

/**
 * For every example and golden fixture: synthesize it, derive the describe
 * responses Cognito would give for that Terraform once applied, import them
 * from a folder as the AWS CLI prints them, and compile the result: the same
 * Cognito resources, each one adopted by an import block, nothing lost.
 */
describe.each(goldenInputs())('$file', ({ file, path }) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-import-rt-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('imports back to the same resources, all adopted', () => {
    const model = modelOfPath(path, file);
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

    const imported = stackOf(result.yaml);
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
    });
    for (const [name, json] of responses.files) {
      const secrets = [
        ...JSON.stringify(json).matchAll(/"(PROVIDER-SECRET-[^"]+|clientsecret[^"]+)"/g),
      ].map((m) => m[1]);
      for (const secret of secrets)
        expect({ name, leaked: everything.includes(secret) }).toEqual({ name, leaked: false });
    }
    expect(providerSecret('x')).not.toBe(clientSecret('x'));
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
  });
});
