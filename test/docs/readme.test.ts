import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localStatePath } from '../../src/compile/provider';
import { CODE_CATALOG } from '../../src/validate/codes';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

test('the README lists every diagnostic code', () => {
  const missing = CODE_CATALOG()
    .map((c) => c.id)
    .filter((id) => !readme.includes(`\`${id}\``));
  expect(missing).toEqual([]);
});

test('the README rules table is generated from the registry (node scripts/readme-rules.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { render } = require('../../scripts/readme-rules.js');
  expect(render(readme)).toBe(readme);
});

test('the README hazards table is generated from the registry (node scripts/readme-hazards.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { render } = require('../../scripts/readme-hazards.js');
  expect(render(readme)).toBe(readme);
});

test('the quick start is the two commands', () => {
  expect(readme).toContain('npm ci && npm run synth');
  expect(readme).toContain('npm test');
});

test("the README explains the modeline's relative path, and the examples carry that very line", () => {
  const modeline = '# yaml-language-server: $schema=../schemas/cogfed.schema.json';
  expect(readme).toContain(`\`${modeline}\`. Its path is\nrelative to the YAML file itself`);
  expect(readme).toContain('(`config/team/x.yaml`) needs `../../schemas/cogfed.schema.json`');
  for (const file of readdirSync(join(__dirname, '../../config')).filter((f) =>
    f.endsWith('.yaml'),
  )) {
    expect([
      file,
      readFileSync(join(__dirname, '../../config', file), 'utf8').split('\n')[0],
    ]).toEqual([file, modeline]);
  }
});

test("the schema's backend description names where local state goes: the folder cogfed runs in, as the compiler writes it", () => {
  const schema = JSON.parse(
    readFileSync(join(__dirname, '../../schemas/cogfed.schema.json'), 'utf8'),
  );
  expect(schema.properties.backend.description).toBe(
    "Where Terraform keeps this stack's state. Omitted: local state, in `terraform.<stack>.tfstate` in the folder cogfed runs in (the project root), not in the output folder (`cdktf.out/`), which each synth replaces. Local state holds secrets in plain text: use `s3` for anything shared.",
  );
  // Terraform resolves the backend's path from the stack's folder: it lands in the working directory.
  expect(
    resolve('/project/cdktf.out/stacks/acme', localStatePath('acme', 'cdktf.out', '/project')),
  ).toBe('/project/terraform.acme.tfstate');
});
