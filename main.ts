/**
 * The CDKTF app that `cdktf synth` and `cdktf deploy <stack>` run (cdktf.json:
 * `node dist/main.js`, precompiled by `npm run build`). It compiles the same
 * files the same way as `cogfed synth`, one stack per file, so both write the
 * same bytes.
 *
 * Files: those named in COGFED_CONFIG (separated by commas or the path
 * delimiter, `:` on Unix; folders mean their YAML files), else config/*.yaml.
 * Any error: diagnostics on stderr and exit 1 before anything is written.
 */
import { delimiter } from 'node:path';
import { resolveConfigFiles, UsageError } from './src/load/files';
import { synthesizeApp } from './src/compile';
import { modelsFromPaths } from './src/model/pipeline';
import { formatText, summaryLine } from './src/outputs/format/text';
import { environmentMessage } from './src/cli/environment';

function configFiles(): string[] {
  const named = (process.env.COGFED_CONFIG ?? '')
    .split(new RegExp(`[,${delimiter}]`))
    .map((s) => s.trim())
    .filter(Boolean);
  return resolveConfigFiles(named);
}

function run(): void {
  let files: string[];
  try {
    files = configFiles();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cogfed: ${error.message}\n`);
    process.exit(2);
  }
  const result = modelsFromPaths(files);
  if (!result.ok) {
    process.stderr.write(formatText(result.diagnostics));
    process.stderr.write(summaryLine(result.diagnostics, files.length));
    process.exit(1);
  }
  if (result.diagnostics.length > 0) process.stderr.write(formatText(result.diagnostics));
  // The App creates its output folder, so it comes only after validation passed.
  try {
    synthesizeApp(result.models);
  } catch (error) {
    // A full disk or a read-only folder is the environment's, not a bug: say what failed, exit 2.
    const environment = environmentMessage(error);
    if (!environment) throw error;
    process.stderr.write(`cogfed: ${environment}\n`);
    process.exit(2);
  }
}

run();
