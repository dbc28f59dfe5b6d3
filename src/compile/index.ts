/**
 * The compile stage: the normalized Model in, Terraform JSON out, through
 * CDKTF. The only part of cogfed that loads `cdktf`, `constructs` and
 * `@cdktf/provider-aws` (each resource class from its own module: the
 * package root takes seconds to load).
 */
export { compileStack, DEFAULT_OUTDIR } from './stack';
export type { CompileOptions } from './stack';
export {
  synthesizeApp,
  synthesizeModels,
  synthesizeToDirectory,
  stacksOf,
  APP_OPTIONS,
} from './synthesize';
export type { SynthesizedStack } from './synthesize';
