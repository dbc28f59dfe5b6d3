import { App } from './engine';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from '../model/model';
import { compileStack, DEFAULT_OUTDIR } from './stack';

/** What `app.synth()` wrote, per stack: its name and its file, relative to the output folder. */
export interface SynthesizedStack {
  name: string;
  /** e.g. `stacks/acme-sso/cdk.tf.json`, as the manifest says. */
  path: string;
}

/**
 * Environment variables through which the cdktf CLI steers an app. `cogfed`
 * is not run by the CLI, and a stray value in a developer's shell must not
 * change what it writes (HCL instead of JSON, extra context, errors turned
 * into warnings), so they are hidden while cogfed synthesizes.
 */
const CDKTF_ENV = [
  'SYNTH_HCL_OUTPUT',
  'CDKTF_CONTEXT_JSON',
  'CDKTF_OUTDIR',
  'CDKTF_TARGET_STACK_ID',
  'CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS',
];

/** The App options cogfed and main.ts (the app `cdktf synth` runs) share, so both write the same bytes. */
export const APP_OPTIONS = { stackTraces: false } as const;

/**
 * Synthesize the models with cdktf into `outdir` (created if missing):
 * `manifest.json` and `stacks/<stack>/cdk.tf.json`, byte for byte what
 * `cdktf synth` writes. `stateOutdir` is where the stacks will finally live,
 * when `outdir` is a staging folder.
 */
export function synthesizeToDirectory(
  models: readonly Model[],
  outdir: string,
  stateOutdir = DEFAULT_OUTDIR,
): SynthesizedStack[] {
  return withoutCdktfEnvironment(() => {
    const app = new App({ ...APP_OPTIONS, outdir });
    for (const model of models) compileStack(app, model, { outdir: stateOutdir });
    app.synth();
    return stacksOf(outdir);
  });
}

/**
 * The cdktf app run by the cdktf CLI (main.ts): the output folder is the one
 * the CLI names (CDKTF_OUTDIR, else cdktf.out), and the CLI's environment is
 * honoured, as any cdktf app honours it.
 */
export function synthesizeApp(models: readonly Model[]): void {
  const app = new App({ ...APP_OPTIONS });
  for (const model of models) compileStack(app, model, { outdir: app.outdir });
  app.synth();
}

/** The stacks a synthesized folder holds, from its manifest. */
export function stacksOf(outdir: string): SynthesizedStack[] {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((s) => ({
    name: s.name,
    path: s.synthesizedStackPath,
  }));
}

/**
 * Synthesize in memory: stack name → the parsed `cdk.tf.json`, exactly as
 * `cogfed synth` would write it to the default `cdktf.out`. cdktf writes only
 * to disk, so this goes through a private temporary folder, deleted after.
 */
export function synthesizeModels(models: Model[]): Map<string, object> {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-synth-'));
  try {
    const result = new Map<string, object>();
    for (const stack of synthesizeToDirectory(models, dir)) {
      result.set(stack.name, JSON.parse(readFileSync(join(dir, stack.path), 'utf8')) as object);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function withoutCdktfEnvironment<T>(action: () => T): T {
  const saved = CDKTF_ENV.filter((name) => name in process.env).map(
    (name) => [name, process.env[name]] as const,
  );
  for (const [name] of saved) delete process.env[name];
  try {
    return action();
  } finally {
    for (const [name, value] of saved) process.env[name] = value;
  }
}
