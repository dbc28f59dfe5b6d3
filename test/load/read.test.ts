import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS, loadFile } from '../../src/load/load';
import { CLI } from '../helpers/cli';

/**
 * Reading is bounded: only regular files are read (checked on the open
 * descriptor, so a link to a device or a FIFO is refused, never read), and
 * the size limit holds while reading, not only by `stat` (which says 0 bytes
 * for /dev/zero).
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-read-'));
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
  symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
  symlinkSync('/dev/null', join(dir, 'null.yaml'));
  symlinkSync('/dev/urandom', join(dir, 'urandom.yaml'));
  mkdirSync(join(dir, 'folder.yaml'));
  writeFileSync(join(dir, 'good.yaml'), 'version: 1\nstack: good\naws:\n  region: us-east-1\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const brief = (path: string) =>
  loadFile(path).diagnostics.map((d) => `${d.code}@${d.line}:${d.col} ${d.message}`);

test.each([
  ['fifo.yaml', 'a FIFO (named pipe)'],
  ['zero.yaml', 'a character device'],
  ['null.yaml', 'a character device'],
  ['urandom.yaml', 'a character device'],
  ['folder.yaml', 'a folder'],
])('%s is refused as not a regular file, without reading it', (name, kind) => {
  expect(brief(join(dir, name))).toEqual([
    `file-not-regular@1:1 the path is ${kind}, not a regular file; cogfed reads only regular files`,
  ]);
});

test('named on the command line, a FIFO and a link to /dev/zero end in findings at once (no hang, no unbounded read)', () => {
  const result = spawnSync(
    process.execPath,
    [CLI, 'validate', 'fifo.yaml', 'zero.yaml', 'good.yaml'],
    { cwd: dir, encoding: 'utf8', timeout: 20_000 },
  );
  expect(result.signal).toBeNull();
  expect(result.status).toBe(1);
  expect(result.stderr.split('\n').filter((l) => l.includes(': error '))).toEqual([
    'fifo.yaml:1:1: error file-not-regular: the path is a FIFO (named pipe), not a regular file; cogfed reads only regular files; fix: name a YAML file (a FIFO or a device could block or never end)',
    'zero.yaml:1:1: error file-not-regular: the path is a character device, not a regular file; cogfed reads only regular files; fix: name a YAML file (a FIFO or a device could block or never end)',
  ]);
});

test('in a folder, only regular files are configuration files', () => {
  const result = spawnSync(process.execPath, [CLI, 'validate', '.'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.signal).toBeNull();
  expect({ status: result.status, stderr: result.stderr }).toEqual({
    status: 0,
    stderr: 'cogfed: 1 file checked, no problems\n',
  });
});

test('the size limit: at the limit read, one byte over refused, and a sparse 1 GiB file refused without reading it', () => {
  const at = join(dir, 'at-limit.yaml');
  const head = 'version: 1\nstack: big\naws:\n  region: us-east-1\n# ';
  writeFileSync(at, `${head}${'x'.repeat(LIMITS.maxBytes - head.length - 1)}\n`);
  expect(brief(at)).toEqual([]);
  const over = join(dir, 'over.yaml');
  writeFileSync(over, `${head}${'x'.repeat(LIMITS.maxBytes - head.length)}\n`);
  expect(brief(over)).toEqual([
    `file-too-large@1:1 the file is ${LIMITS.maxBytes + 1} bytes; at most ${LIMITS.maxBytes} bytes are read`,
  ]);
  const sparse = join(dir, 'sparse.yaml');
  writeFileSync(sparse, '');
  truncateSync(sparse, 1024 ** 3);
  const started = Date.now();
  expect(brief(sparse)).toEqual([
    `file-too-large@1:1 the file is ${1024 ** 3} bytes; at most ${LIMITS.maxBytes} bytes are read`,
  ]);
  expect(Date.now() - started).toBeLessThan(2000);
});

test('a missing file and a dangling link are unreadable, with the reason', () => {
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
  expect(brief(join(dir, 'dangling.yaml'))).toEqual([
    'file-unreadable@1:1 the file cannot be read (ENOENT: no such file or folder)',
  ]);
});
