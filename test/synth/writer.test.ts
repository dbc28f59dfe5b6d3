import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeToDirectory } from '../../src/compile';
import type { Model } from '../../src/model/model';
import { summary, writeSynthOutput } from '../../src/outputs/synth';
import { HEADER } from '../helpers/validate';
import { modelOf } from '../compile/helpers';
import { leftovers, snapshot } from './tree';

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-writer-'));
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const one = modelOf(`${HEADER.replace('test-stack', 'one')}userPools:\n  p: { name: x }\n`);
const two = modelOf(`${HEADER.replace('test-stack', 'two')}userPools:\n  q: { name: y }\n`);

/** A model compile cannot handle (validation would never let it through): a client naming a provider the pool lacks. */
function broken(): Model {
  const model = structuredClone(one);
  model.pools[0].clients.push({
    ...structuredClone(
      modelOf(`${HEADER}userPools:\n  p:\n    clients: { c: { authFlows: [user-srp] } }\n`).pools[0]
        .clients[0],
    ),
    identityProviders: ['Ghost'],
  });
  return model;
}

describe('writeSynthOutput', () => {
  test('writes manifest.json and stacks/<stack>/cdk.tf.json exactly as cdktf synthesizes them', () => {
    const written = writeSynthOutput([one, two], 'cdktf.out');
    const reference = mkdtempSync(join(tmpdir(), 'cogfed-ref-'));
    try {
      synthesizeToDirectory([one, two], reference);
      expect(snapshotContents('cdktf.out')).toEqual(snapshotContents(reference));
    } finally {
      rmSync(reference, { recursive: true, force: true });
    }
    expect(written.map((w) => [w.name, w.path, w.resources, w.outputs])).toEqual([
      ['one', join('cdktf.out', 'stacks/one/cdk.tf.json'), 1, 1],
      ['two', join('cdktf.out', 'stacks/two/cdk.tf.json'), 1, 1],
    ]);
    expect(summary(written[0])).toBe(
      'cogfed: one → cdktf.out/stacks/one/cdk.tf.json (test.yaml): 1 resource, 0 data sources, 0 variables, 1 output\n',
    );
    expect(leftovers(dir)).toEqual([]);
  });

  test('same input, same bytes', () => {
    writeSynthOutput([one, two], 'a');
    writeSynthOutput([two, one], 'b');
    expect(snapshotContents('a')).toEqual(snapshotContents('b'));
  });

  test('keeps what Terraform put in a stack folder and other files; drops stacks no longer synthesized, as cdktf does', () => {
    writeSynthOutput([one, two], 'cdktf.out');
    mkdirSync('cdktf.out/stacks/one/.terraform/providers', { recursive: true });
    writeFileSync('cdktf.out/stacks/one/.terraform/providers/marker', 'provider');
    writeFileSync('cdktf.out/stacks/one/.terraform.lock.hcl', 'lock');
    writeFileSync('cdktf.out/notes.txt', 'mine');
    writeSynthOutput([one], 'cdktf.out');
    expect(readFileSync('cdktf.out/stacks/one/.terraform/providers/marker', 'utf8')).toBe(
      'provider',
    );
    expect(readFileSync('cdktf.out/stacks/one/.terraform.lock.hcl', 'utf8')).toBe('lock');
    expect(readFileSync('cdktf.out/notes.txt', 'utf8')).toBe('mine');
    expect(existsSync('cdktf.out/stacks/two')).toBe(false);
    expect(JSON.parse(readFileSync('cdktf.out/manifest.json', 'utf8')).stacks).toHaveProperty(
      'one',
    );
    expect(leftovers(dir)).toEqual([]);
  });

  test('a failure while compiling changes nothing under the output folder and leaves no staging folder', () => {
    writeSynthOutput([one, two], 'cdktf.out');
    writeFileSync('cdktf.out/stacks/one/.terraform.lock.hcl', 'lock');
    const before = snapshot('cdktf.out');
    expect(() => writeSynthOutput([broken()], 'cdktf.out')).toThrow(/Ghost/);
    expect(snapshot('cdktf.out')).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a failure with no previous output creates nothing', () => {
    expect(() => writeSynthOutput([broken()], 'out')).toThrow();
    expect(existsSync('out')).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  test('the local state path follows the output folder back to the project root', () => {
    writeSynthOutput([one], 'build/tf');
    const json = JSON.parse(readFileSync('build/tf/stacks/one/cdk.tf.json', 'utf8'));
    expect(json.terraform.backend.local.path).toBe('../../../../terraform.one.tfstate');
  });
});

/** Paths and contents, without times: two folders written at different moments. */
function snapshotContents(root: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(snapshot(root)).map(([k, v]) => [
      k,
      v.startsWith('file ') ? v.split(' ')[2] : v.split(' ')[0],
    ]),
  );
}
