import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { synthesizeToDirectory } from '../../compile';
import type { Model } from '../../model/model';
import { carryOver } from './carry-over';

export interface WrittenStack {
  name: string;
  /** The model's source file. */
  file: string;
  /** `<outdir>/stacks/<stack>/cdk.tf.json`, as the user named the output folder. */
  path: string;
  resources: number;
  dataSources: number;
  variables: number;
  outputs: number;
}

/**
 * Write `<outdir>/manifest.json` and `<outdir>/stacks/<stack>/cdk.tf.json`,
 * byte for byte as `cdktf synth` writes them, all or nothing.
 *
 * The new output is built in a staging folder beside `outdir` (same file
 * system, so renames are atomic), then swapped in with two renames. Until the
 * swap nothing under `outdir` changes; if the swap itself fails, the previous
 * folder is put back. A crash leaves at most a `.<name>.tmp-*` or
 * `.<name>.old-*` folder beside it.
 */
export function writeSynthOutput(models: readonly Model[], outdir: string): WrittenStack[] {
  const target = resolve(outdir);
  if (existsSync(target) && !lstatSync(target).isDirectory())
    throw new Error(`${outdir} exists and is not a folder`);
  const fromTarget = relative(target, process.cwd());
  if (fromTarget === '' || (!fromTarget.startsWith('..') && !isAbsolute(fromTarget)))
    throw new Error(`${outdir} holds the working folder; refusing to replace it`);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staged = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  let written: WrittenStack[];
  try {
    const stacks = synthesizeToDirectory(models, staged, outdir);
    written = stacks.map((stack) => {
      const model = models.find((m) => m.stack === stack.name)!;
      return {
        name: stack.name,
        file: model.file,
        path: join(outdir, stack.path),
        ...count(join(staged, stack.path)),
      };
    });
    if (existsSync(target)) carryOver(target, staged, new Set(stacks.map((s) => s.name)));
    swap(staged, target);
  } catch (error) {
    rmSync(staged, { recursive: true, force: true });
    throw error;
  }
  return written;
}

function swap(staged: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(staged, target);
    return;
  }
  const old = `${join(dirname(target), `.${basename(target)}.old-`)}${process.pid}-${Date.now().toString(36)}`;
  renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  // The new output is in place; failing to delete the old copy is not worth failing the run.
  rmSync(old, { recursive: true, force: true });
}

function count(
  file: string,
): Pick<WrittenStack, 'resources' | 'dataSources' | 'variables' | 'outputs'> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<
    string,
    Record<string, Record<string, unknown>> | undefined
  >;
  const blocks = (kind: string) =>
    Object.values(json[kind] ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  return {
    resources: blocks('resource'),
    dataSources: blocks('data'),
    variables: Object.keys(json.variable ?? {}).length,
    outputs: Object.keys(json.output ?? {}).length,
  };
}

/** `cogfed: acme-sso → cdktf.out/stacks/acme-sso/cdk.tf.json (config/x.yaml): 7 resources, 1 data source, 0 variables, 8 outputs` */
export function summary(stack: WrittenStack): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `cogfed: ${stack.name} → ${stack.path} (${stack.file}): ${n(stack.resources, 'resource')}, ${n(stack.dataSources, 'data source')}, ${n(stack.variables, 'variable')}, ${n(stack.outputs, 'output')}\n`;
}
