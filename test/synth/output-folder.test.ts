import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/load/files';
import { writeSynthOutputReport } from '../../src/outputs/synth';
import { modelOf } from '../compile/helpers';
import { HEADER } from '../helpers/validate';
import { leftovers, snapshot } from './tree';

/** synth minds its own folder: it keeps normal permissions and never deletes what it did not write. */
let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-output-'));
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const one = modelOf(`${HEADER.replace('test-stack', 'one')}userPools:\n  p: { name: x }\n`);
const two = modelOf(`${HEADER.replace('test-stack', 'two')}userPools:\n  q: { name: y }\n`);
const mode = (path: string) => statSync(path).mode & 0o7777;

test('a new output folder gets the permissions of any new folder (not mkdtemp 0700)', () => {
  mkdirSync('reference');
  writeSynthOutputReport([one], 'cdktf.out');
  expect(mode('cdktf.out')).toBe(mode('reference'));
  expect(mode('cdktf.out/stacks/one')).toBe(mode('reference'));
});

test('an existing output folder keeps its permissions', () => {
  writeSynthOutputReport([one], 'cdktf.out');
  chmodSync('cdktf.out', 0o750);
  writeSynthOutputReport([one], 'cdktf.out');
  expect(mode('cdktf.out')).toBe(0o750);
});

test('only stack folders synth wrote are dropped, and each is reported; everything else under stacks/ stays', () => {
  writeSynthOutputReport([one, two], 'cdktf.out');
  mkdirSync('cdktf.out/stacks/shared-modules');
  writeFileSync('cdktf.out/stacks/shared-modules/main.tf', 'mine');
  writeFileSync('cdktf.out/stacks/README', 'mine too');
  mkdirSync('cdktf.out/stacks/two/.terraform');
  const report = writeSynthOutputReport([one], 'cdktf.out');
  expect(report.removed).toEqual([join('cdktf.out', 'stacks', 'two')]);
  expect(readFileSync('cdktf.out/stacks/shared-modules/main.tf', 'utf8')).toBe('mine');
  expect(readFileSync('cdktf.out/stacks/README', 'utf8')).toBe('mine too');
  expect(() => statSync('cdktf.out/stacks/two')).toThrow();
  expect(leftovers(dir)).toEqual([]);
});

test('a folder synth did not write is refused, untouched; an empty one is used', () => {
  mkdirSync('docs');
  writeFileSync('docs/guide.md', 'text');
  mkdirSync('docs/stacks');
  writeFileSync('docs/stacks/notes.md', 'notes');
  const before = snapshot('docs');
  expect(() => writeSynthOutputReport([one], 'docs')).toThrow(UsageError);
  expect(() => writeSynthOutputReport([one], 'docs')).toThrow(
    '--output docs is a folder that synth did not write (it has no manifest.json), and synth replaces its output folder as a whole; name a new or empty folder, e.g. cdktf.out',
  );
  expect(snapshot('docs')).toEqual(before);
  mkdirSync('empty');
  expect(writeSynthOutputReport([one], 'empty').written.map((w) => w.name)).toEqual(['one']);
  expect(leftovers(dir)).toEqual([]);
});
