import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The stages import only downward, and only src/compile/engine.ts loads the
 * Terraform engine: dependency-cruiser checks both (.dependency-cruiser.cjs).
 * The second test plants the violations in a scratch tree, so a config that
 * stopped biting would fail here rather than pass silently.
 */
const ROOT = join(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

function cruise(cwd: string, targets: string[]) {
  const result = spawnSync(
    DEPCRUISE,
    [...targets, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('the source tree keeps the layering', () => {
  const { status, output } = cruise(ROOT, ['src', 'main.ts']);
  expect(output).toContain('no dependency violations found');
  expect(status).toBe(0);
}, 60_000);

test('a back-arrow between stages, a cdktf import outside the seam, and the provider root all fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-layering-'));
  try {
    const files: Record<string, string> = {
      'src/model/model.ts': 'export const model = 1;\n',
      'src/validate/rule.ts':
        "import { model } from '../model/model';\nexport const rule = model;\n",
      'src/outputs/review.ts': "import { App } from 'cdktf';\nexport const app = App;\n",
      'src/compile/engine.ts': "export * from '@cdktf/provider-aws';\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const { status, output } = cruise(dir, ['src']);
    expect(status).toBe(3); // one a violation
    expect(output).toMatch(
      /error no-back-arrow-from-validate: src\/validate\/rule\.ts → src\/model\/model\.ts/,
    );
    expect(output).toMatch(
      /error cdktf-only-through-the-engine-seam: src\/outputs\/review\.ts → \S*node_modules\/cdktf\//,
    );
    expect(output).toMatch(
      /error no-provider-package-root: src\/compile\/engine\.ts → \S*node_modules\/@cdktf\/provider-aws\/lib\/index\.js/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
