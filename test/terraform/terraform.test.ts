import type { SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Json } from '../compile/helpers';
import { Engine, findEngine, prepareStack, runTerraform, writeCliConfig } from './harness';
import { mockTestFile, planTestFile } from './tftest';

/**
 * The real Terraform engine on every golden stack (test/golden/*.cdk.tf.json,
 * which test/compile/golden.test.ts keeps equal to the compiler's output), in
 * a copy adapted by prepareStack (harness.ts says what changes and why):
 *
 * 1. `terraform init` (once per stack) and `terraform validate`;
 * 2. `terraform test` on tests/mock.tftest.hcl: `mock_provider "aws"`, a plan
 *    run and an apply run (tftest.ts: clients' user_pool_id and
 *    supported_identity_providers resolve to the right resources, every
 *    output is known and free of `${`);
 * 3. `terraform test` on tests/plan.tftest.hcl: the real provider binary,
 *    plan only, data sources overridden: its own plan-time checks, offline.
 *
 * 2 and 3 are one `terraform test` process (one schema load), reported as two tests.
 *
 * Without terraform or the mirror, one line says why and the tests are skipped.
 */
const GOLDEN_DIR = join(__dirname, '../golden');
const stacks = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.cdk.tf.json'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.cdk\.tf\.json$/, ''),
    stack: JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as Json,
  }));

const found = findEngine();
const engine: Engine | undefined = 'engine' in found ? found.engine : undefined;
if (!engine)
  process.stdout.write(`test/terraform skipped: ${'reason' in found ? found.reason : ''}\n`);
const title = engine
  ? `Terraform ${engine.terraformVersion}, hashicorp/aws ${engine.providerVersion} from ${engine.mirror}`
  : 'Terraform (skipped)';

(engine ? describe : describe.skip)(title, () => {
  let scratch: string;
  let cliConfig: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'cogfed-terraform-'));
    cliConfig = writeCliConfig(scratch, engine!);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('there are golden stacks to run', () => {
    expect(stacks.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(stacks)('$name', ({ name, stack }) => {
    let work: string;
    /** One `terraform test` for both files: one process loads the provider schema once (about 7 s less per stack than two runs). */
    let tested: SpawnSyncReturns<string>;
    const terraform = (...args: string[]) => runTerraform(engine!, cliConfig, work, args);
    const files = {
      'tests/mock.tftest.hcl': mockTestFile(stack),
      'tests/plan.tftest.hcl': planTestFile(stack),
    };

    beforeAll(() => {
      const prepared = prepareStack(stack, engine!.providerVersion);
      work = join(scratch, name);
      mkdirSync(join(work, 'tests'), { recursive: true });
      writeFileSync(join(work, 'cdk.tf.json'), JSON.stringify(prepared.stack, null, 2));
      for (const [file, { text }] of Object.entries(files)) writeFileSync(join(work, file), text);
      // What the copy changed, beside the files, for whoever debugs a failure.
      writeFileSync(join(work, 'CHANGES.txt'), `${prepared.changes.join('\n')}\n`);
      const init = terraform('init', '-backend=false', '-input=false');
      if (init.status !== 0)
        throw new Error(`terraform init failed in ${work}:\n${init.stdout}${init.stderr}`);
      tested = terraform('test');
    }, 240_000);

    test('terraform validate', () => {
      const result = terraform('validate');
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        status: 0,
        stdout: 'Success! The configuration is valid.\n\n',
        stderr: '',
      });
    }, 120_000);

    test.each([
      [
        'mock provider: plan and apply resolve every reference; outputs are known',
        'tests/mock.tftest.hcl',
      ],
      ['hashicorp/aws itself: plan offline, with data sources overridden', 'tests/plan.tftest.hcl'],
    ] as const)('terraform test, %s', (_, file) => {
      const expected = [
        ...files[file].runs.map((run) => `run "${run}"... pass`),
        `${file}... pass`,
      ];
      const got = outcome(tested.stdout, file);
      // On a failure, show everything terraform said (its errors go to stderr).
      expect(
        got.join('\n') === expected.join('\n')
          ? got
          : { got, stdout: tested.stdout, stderr: tested.stderr },
      ).toEqual(expected);
    });
  });
});

/** A test file's run results and its final status, from `terraform test` output. */
function outcome(stdout: string, file: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf(`${file}... in progress`);
  if (start < 0) return [];
  const section: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^  run "/.test(line)) section.push(line.trim());
    else if (line.startsWith(`${file}... `) && !/\.\.\. (in progress|tearing down)$/.test(line))
      return [...section, line];
  }
  return section;
}
