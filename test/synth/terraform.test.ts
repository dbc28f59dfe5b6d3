import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import type { Json } from '../compile/helpers';
import { goldenInputs, modelOfPath } from '../compile/helpers';

/**
 * Optional: `terraform validate` on each synthesized example, offline, with
 * the hashicorp/aws provider from a local filesystem mirror. Skipped when
 * terraform or the mirror is missing.
 *
 * The mirror holds aws 5.100.0 while the bindings were generated from 6.25.0
 * (cdk.tf.json pins it), so the copy's version constraint is rewritten to
 * 5.100.0, and resource types 5.100.0 does not know yet are dropped from the
 * copy (listed in NEWER_THAN_MIRROR; the compiler's output keeps them).
 */
const TERRAFORM = process.env.TERRAFORM_BIN ?? '/usr/local/bin/terraform';
const MIRROR = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
const MIRROR_VERSION = '5.100.0';
/** aws_cognito_managed_login_branding arrived in the 6.x provider. */
const NEWER_THAN_MIRROR = ['aws_cognito_managed_login_branding'];

const available = existsSync(TERRAFORM) && existsSync(join(MIRROR, 'registry.terraform.io/hashicorp/aws', MIRROR_VERSION));

(available ? describe : describe.skip)(`terraform validate (aws ${MIRROR_VERSION} from ${MIRROR})`, () => {
  let dir: string;
  let cliConfig: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-tf-validate-'));
    cliConfig = join(dir, 'terraform.rc');
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = "${MIRROR}"\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/hashicorp/*"]\n  }\n}\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(goldenInputs())('$file', ({ file, path }) => {
    const model = modelOfPath(path, file);
    const stack = synthesizeModels([model]).get(model.stack) as Json;
    stack.terraform.required_providers.aws.version = MIRROR_VERSION;
    for (const type of NEWER_THAN_MIRROR) delete stack.resource[type];

    const work = join(dir, model.stack);
    mkdirSync(work);
    writeFileSync(join(work, 'cdk.tf.json'), JSON.stringify(stack, null, 2));
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_DATA_DIR: join(work, '.terraform') };
    const terraform = (...args: string[]) => spawnSync(TERRAFORM, args, { cwd: work, env, encoding: 'utf8' });

    const init = terraform('init', '-backend=false', '-input=false', '-no-color');
    expect({ status: init.status, stderr: init.stderr }).toEqual({ status: 0, stderr: '' });
    const validate = terraform('validate', '-no-color');
    expect({ status: validate.status, stdout: validate.stdout, stderr: validate.stderr }).toEqual({
      status: 0,
      stdout: 'Success! The configuration is valid.\n\n',
      stderr: '',
    });
  }, 120_000);
});
