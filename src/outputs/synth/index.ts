import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { synthesizeToDirectory } from '../../compile';
import type { Model } from '../../model/model';
import { carryOver } from './carry-over';
import { acquireLock, lockPath } from './lock';
import { asUsageError } from './recover';
import { commitSwap, createStaging, recoverOutput } from './swap';
import { checkOutputTarget, previousOutput } from './target';
import { crashPoint, holdLockForTest } from './test-hooks';

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

export interface SynthReport {
  written: WrittenStack[];
  /** Stack folders of the previous output that this run did not compile, so are gone (`<outdir>/stacks/<stack>`). */
  removed: string[];
  /** What was done about an interrupted earlier run, in words. */
  notes: string[];
}

/**
 * Write `<outdir>/manifest.json` and `<outdir>/stacks/<stack>/cdk.tf.json`,
 * byte for byte as `cdktf synth` writes them, all or nothing.
 *
 * One run at a time per output folder (lock.ts). The new output is built in
 * a staging folder beside `outdir` (same file system, so renames are atomic)
 * and swapped in through a journal (swap.ts), so that a run killed at any
 * moment is finished or rolled back by the next. Until the swap nothing
 * under `outdir` changes; what Terraform and the user put there is carried
 * over (carry-over.ts), and the folder keeps its permissions.
 */
export function writeSynthOutputReport(
  models: readonly Model[],
  outdir: string,
  onWait?: (message: string) => void,
): SynthReport {
  checkOutputTarget(outdir);
  const target = resolve(outdir);
  const parent = dirname(target);
  try {
    mkdirSync(parent, { recursive: true });
    const lock = acquireLock(lockPath(parent, basename(target)), outdir, onWait);
    try {
      crashPoint('after-lock');
      holdLockForTest();
      const notes = recoverOutput(target, outdir);
      const previous = previousOutput(target, outdir);
      const staged = createStaging(target);
      let report: SynthReport;
      try {
        const stacks = synthesizeToDirectory(models, staged, outdir);
        const written = stacks.map((stack) => {
          const model = models.find((m) => m.stack === stack.name)!;
          return {
            name: stack.name,
            file: model.file,
            path: join(outdir, stack.path),
            ...count(join(staged, stack.path)),
          };
        });
        let removed: string[] = [];
        if (previous) {
          removed = carryOver(
            target,
            staged,
            new Set(stacks.map((s) => s.name)),
            previous.stacks,
          ).map((name) => join(outdir, 'stacks', name));
          chmodSync(staged, previous.mode);
        }
        crashPoint('after-staging');
        commitSwap(staged, target);
        report = { written, removed, notes };
      } catch (error) {
        rmSync(staged, { recursive: true, force: true });
        throw error;
      }
      crashPoint('before-unlock');
      return report;
    } finally {
      lock.release();
    }
  } catch (error) {
    throw asUsageError(error, outdir);
  }
}

/** The stacks written (see writeSynthOutputReport). */
export function writeSynthOutput(models: readonly Model[], outdir: string): WrittenStack[] {
  return writeSynthOutputReport(models, outdir).written;
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
