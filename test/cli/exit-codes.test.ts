import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli';

/**
 * Every error is one of the documented exit codes: a problem with the
 * environment (a path through a file, a dangling or looping link, a folder
 * where a file belongs, a read-only file system, a full disk) is a usage
 * error, exit 2, with one line saying what could not be done; never
 * "internal error" (exit 3, kept for bugs) and never a stack trace.
 *
 * The read-only and full file systems are real: small tmpfs mounts (this
 * needs root, as the test machine runs; without it those cases are skipped
 * and say so). Permission errors are real too: the CLI runs as `nobody`.
 */
let ws: string;
const mounts: { readonly?: string; full?: string } = {};

function tryMount(path: string, options: string): boolean {
  mkdirSync(path, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path]).status === 0;
}

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'cogfed-exit-'));
  cpSync(join(REPO, 'config'), join(ws, 'config'), { recursive: true });
  writeFileSync(join(ws, 'a-file'), 'not a folder');
  symlinkSync(join(ws, 'nowhere'), join(ws, 'dangling'));
  symlinkSync(join(ws, 'loop'), join(ws, 'loop'));
  mkdirSync(join(ws, 'real'));
  symlinkSync(join(ws, 'real'), join(ws, 'linked'));
  if (tryMount(join(ws, 'readonly'), 'size=1m,ro')) mounts.readonly = join(ws, 'readonly');
  if (tryMount(join(ws, 'full'), 'size=256k')) {
    mounts.full = join(ws, 'full');
    // Fill it: every write now fails with ENOSPC.
    spawnSync('dd', ['if=/dev/zero', `of=${join(ws, 'full/filler')}`, 'bs=4k']);
  }

  if (!mounts.readonly || !mounts.full)
    console.warn('tmpfs mounts failed: the EROFS and ENOSPC cases are skipped');
});
afterAll(() => {
  for (const path of Object.values(mounts)) if (path) spawnSync('umount', [path]);
  rmSync(ws, { recursive: true, force: true });
});

interface Case {
  args: string[];
  /** The one line printed, exactly, or a pattern. */
  message: string | RegExp;
  needs?: keyof typeof mounts;
}

const CASES: Case[] = [
  // Outputs through or onto something that is not a folder.
  {
    args: ['synth', '-o', 'a-file/out'],
    message: 'cogfed: --output a-file/out goes through a-file, which is a file, not a folder',
  },
  {
    args: ['synth', '-o', 'a-file'],
    message: 'cogfed: --output a-file exists and is not a folder',
  },
  {
    args: ['synth', '-o', 'dangling'],
    message:
      'cogfed: --output dangling is a symbolic link to a path that does not exist; name a folder',
  },
  {
    args: ['synth', '-o', 'loop'],
    message:
      'cogfed: --output loop is a symbolic link to a path that does not exist; name a folder',
  },
  {
    args: ['synth', '-o', 'linked'],
    message:
      /^cogfed: --output linked is a symbolic link \(to .*real\); name the folder itself, which synth replaces as a whole$/,
  },
  {
    args: ['synth', '-o', 'config'],
    message:
      /^cogfed: --output config would replace the folder that holds the project or its configuration/,
  },
  {
    args: ['review', '-o', 'a-file/review.md'],
    message: 'cogfed: --output a-file/review.md goes through a-file, which is a file, not a folder',
  },
  {
    args: ['review', '-o', 'config'],
    message: 'cogfed: --output config is a folder; name a file in it, e.g. config/review.md',
  },
  {
    args: ['review', '-o', 'config/auth0.yaml'],
    message:
      'cogfed: --output config/auth0.yaml names a YAML file, where configuration lives; the review is Markdown: name a file such as review.md',
  },
  // Inputs that cannot be reached.
  {
    args: ['validate', 'loop'],
    message: 'cogfed: cannot read loop (ELOOP: too many levels of symbolic links)',
  },
  {
    args: ['validate', 'dangling'],
    message: 'cogfed: cannot read dangling (a symbolic link to a path that does not exist)',
  },
  { args: ['synth', 'a-file/x.yaml'], message: 'cogfed: no such file: a-file/x.yaml' },
  { args: ['review', 'missing.yaml'], message: 'cogfed: no such file: missing.yaml' },
  // File systems that refuse the write.
  {
    args: ['synth', '-o', 'readonly/out'],
    message: 'cogfed: cannot write the synth output readonly/out (EROFS: read-only file system)',
    needs: 'readonly',
  },
  {
    args: ['review', '-o', 'readonly/review.md'],
    message: 'cogfed: cannot write readonly/review.md (EROFS: read-only file system)',
    needs: 'readonly',
  },
  {
    args: ['synth', '-o', 'full/out'],
    message: 'cogfed: cannot write the synth output full/out (ENOSPC: no space left on the device)',
    needs: 'full',
  },
  {
    args: ['review', '-o', 'full/review.md'],
    message: 'cogfed: cannot write full/review.md (ENOSPC: no space left on the device)',
    needs: 'full',
  },
];

test.each(CASES)(
  'cogfed $args: exit 2, one line saying what failed',
  ({ args, message, needs }) => {
    if (needs && !mounts[needs]) {
      console.warn(`skipped: no ${needs} tmpfs (mount needs root)`);
      return;
    }
    const before = readdirSync(ws).sort();
    const result = runCli(args, { cwd: ws });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    // Nothing left behind: no lock, journal, staging folder or temporary file.
    expect(readdirSync(ws).sort()).toEqual(before);
    if (needs) expect(readdirSync(mounts[needs]!).filter((e) => e !== 'filler')).toEqual([]);
  },
);

test('the config files survive every case above', () => {
  for (const file of readdirSync(join(REPO, 'config'))) {
    // Files only: config/ also holds folders (the SAML metadata beside the examples).
    if (!statSync(join(REPO, 'config', file)).isFile()) continue;
    expect(readFileSync(join(ws, 'config', file), 'utf8')).toBe(
      readFileSync(join(REPO, 'config', file), 'utf8'),
    );
  }
  expect(existsSync(join(ws, 'real'))).toBe(true);
  expect(readdirSync(join(ws, 'real'))).toEqual([]);
});

test('review -o onto one of the files reviewed (by another name) is refused', () => {
  symlinkSync(join(ws, 'config/auth0.yaml'), join(ws, 'auth0-review.md'));
  const result = runCli(['review', '-o', 'auth0-review.md', 'config/auth0.yaml'], { cwd: ws });
  expect(result).toMatchObject({
    status: 2,
    stderr:
      'cogfed: --output auth0-review.md is config/auth0.yaml, one of the files being reviewed; name another file, e.g. review.md\n',
  });
  expect(readFileSync(join(ws, 'config/auth0.yaml'), 'utf8')).toBe(
    readFileSync(join(REPO, 'config/auth0.yaml'), 'utf8'),
  );
  rmSync(join(ws, 'auth0-review.md'));
});

/**
 * Permissions: root ignores them, so these run the CLI as `nobody` (uid
 * 65534, possible because the test machine runs as root; skipped otherwise).
 */
describe('permission denied (EACCES), as an unprivileged user', () => {
  const asNobody = process.getuid?.() === 0;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-eacces-'));
    cpSync(join(REPO, 'config'), join(dir, 'config'), { recursive: true });
    spawnSync('chmod', ['-R', 'a+rX', dir]);
    mkdirSync(join(dir, 'locked'), { mode: 0o000 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    [
      ['validate', 'locked'],
      /^cogfed: cannot list the folder .*locked \(EACCES: permission denied\)$/,
    ],
    [
      ['validate', 'locked/x.yaml'],
      /^cogfed: cannot read locked\/x\.yaml \(EACCES: permission denied\)$/,
    ],
    [
      ['synth', '-o', 'out'],
      /^cogfed: cannot write the synth output out \(EACCES: permission denied\)$/,
    ],
    [
      ['review', '-o', 'review.md'],
      /^cogfed: cannot write review\.md \(EACCES: permission denied\)$/,
    ],
  ])('cogfed %j: exit 2, one line', (args, message) => {
    if (!asNobody) {
      console.warn('skipped: not root, cannot run as nobody');
      return;
    }
    const result = spawnSync(process.execPath, [join(REPO, 'dist/cogfed.js'), ...args], {
      cwd: dir,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
    expect(readdirSync(dir).sort()).toEqual(['config', 'locked']);
  });
});
