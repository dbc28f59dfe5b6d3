import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeModels, synthesizeToDirectory } from '../../src/compile';
import type { Model } from '../../src/model/model';
import { formatText } from '../../src/outputs/format/text';
import { modelsFromContents, modelsFromPaths } from '../../src/model/pipeline';

/** Validate YAML text and build its model; a test input with findings is a broken test, so it throws them. */
export function modelOf(text: string, file = 'test.yaml'): Model {
  const result = modelsFromContents([{ path: file, bytes: Buffer.from(text) }]);
  if (!result.ok)
    throw new Error(`test input does not validate:\n${formatText(result.diagnostics)}`);
  return result.models[0];
}

/** The same for a file on disk; `file` is the name the model records. */
export function modelOfPath(path: string, file = path): Model {
  const result = modelsFromPaths([path]);
  if (!result.ok) throw new Error(`${path} does not validate:\n${formatText(result.diagnostics)}`);
  return { ...result.models[0], file };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The synthesized cdk.tf.json of one YAML file, parsed. */
export function stackOf(text: string): Json {
  const model = modelOf(text);
  return synthesizeModels([model]).get(model.stack);
}

/** Stack name → the bytes of cdk.tf.json exactly as written. */
export function synthBytes(models: Model[]): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-test-synth-'));
  try {
    return new Map(
      synthesizeToDirectory(models, dir).map((s) => [
        s.name,
        readFileSync(join(dir, s.path), 'utf8'),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The examples users start from: every YAML file in config/. */
export const EXAMPLES_DIR = join(__dirname, '../../config');

/**
 * The inputs with golden files and a `terraform validate` run: every example
 * in config/ (as `config/<name>`), and the fixtures here that cover the rest.
 */
export function goldenInputs(): Array<{ file: string; path: string; name: string }> {
  const list = (dir: string, prefix: string) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({
        file: `${prefix}/${f}`,
        path: join(dir, f),
        name: f.replace(/\.ya?ml$/, ''),
      }));
  return [
    ...list(EXAMPLES_DIR, 'config'),
    ...list(join(__dirname, 'fixtures'), 'test/compile/fixtures'),
  ];
}
