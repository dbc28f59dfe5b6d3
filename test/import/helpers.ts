import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { assembleForTest } from '../../src/outputs/import/from-folder';
import { importPool, ImportResult } from '../../src/outputs/import';
import { REPO } from '../helpers/cli';
import { modelOfPath, type Json } from '../compile/helpers';
import { deriveResponses, Responses } from './derive';

/** The describe responses for one example or fixture, as Cognito would give them once applied. */
export function responsesOf(file: string): Responses {
  const model = modelOfPath(join(REPO, file), file);
  return deriveResponses(synthesizeModels([model]).get(model.stack) as Json);
}

/** A response by file name, to change before importing. */
export function response(responses: Responses, name: string): Json {
  const json = responses.files.get(name);
  if (json === undefined) throw new Error(`no ${name} in the responses`);
  return json;
}

/** Import responses held in memory, as if read from a folder. */
export function importResponses(
  responses: Responses,
  options: { stack?: string; poolKey?: string; secretRef?: string } = {},
): ImportResult {
  const entries = [...responses.files].map(([name, json]) => ({
    name,
    json: json === '' ? null : (json as Json),
  }));
  return importPool(assembleForTest(entries, '<test>'), {
    schemaPath: '../schemas/cogfed.schema.json',
    fileName: 'imported.yaml',
    ...options,
  });
}

/** `resource attribute effect` for each note: the compact form tests assert on. */
export function noteKeys(result: ImportResult): string[] {
  return result.notes.map((n) => `${n.resource} | ${n.attribute} | ${n.effect}`);
}
