import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_CATALOG } from '../../src/validate/codes';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

test('the README lists every diagnostic code', () => {
  const missing = CODE_CATALOG().map((c) => c.id).filter((id) => !readme.includes(`\`${id}\``));
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
