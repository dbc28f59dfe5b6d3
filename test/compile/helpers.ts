import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { listYamlFiles } from '../../src/load/files';
import { validatePaths } from '../../src/validate';
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
 * The inputs with golden files and a `terraform validate` run, one per stack:
 * every example in config/ (a file is its stacks, as `config/<name>`; a
 * folder, such as config/acme-sso/ with its environments and tenant files, is
 * assembled whole and gives one golden per stack, named by the stack), and
 * the fixtures here that cover the rest. `paths` are the files the stack is
 * assembled from; `goldenModel` builds it.
 */
export interface GoldenInput {
  file: string;
  path: string;
  name: string;
  paths: string[];
  stack?: string;
}

export function goldenInputs(): GoldenInput[] {
  const list = (dir: string, prefix: string): GoldenInput[] =>
    readdirSync(dir)
      .sort()
      .flatMap((f): GoldenInput[] => {
        const path = join(dir, f);
        if (/\.ya?ml$/.test(f))
          return [{ file: `${prefix}/${f}`, path, name: f.replace(/\.ya?ml$/, ''), paths: [path] }];
        if (!statSync(path).isDirectory() || !listYamlFiles(path).length) return [];
        const paths = listYamlFiles(path).map((p) => join(path, p));
        const result = validatePaths(paths);
        return result.stacks.map((s) => ({
          file: `${prefix}/${f}/${relative(path, s.path)}`,
          path: s.path,
          name: s.name,
          paths,
          stack: s.name,
        }));
      });
  return [
    ...list(EXAMPLES_DIR, 'config'),
    ...list(join(__dirname, 'fixtures'), 'test/compile/fixtures'),
  ];
}

/** The model of one golden input's stack, with `file` as the examples name it. */
export function goldenModel(input: GoldenInput): Model {
  const result = modelsFromPaths(input.paths);
  if (!result.ok)
    throw new Error(`${input.file} does not validate:\n${formatText(result.diagnostics)}`);
  const model = input.stack
    ? result.models.find((m) => m.stack === input.stack)!
    : result.models[0];
  return { ...model, file: input.file };
}
