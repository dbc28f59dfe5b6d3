import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { URL_POSITIONS } from '../../src/validate/rules/url-userinfo';
import { CLI, REPO, runCli } from '../helpers/cli';
import {
  COMPLETE_METADATA,
  completeFile,
  copyCompleteFileSupport,
  instantiate,
  Position,
  schemaPositions,
  withKey,
  withValue,
} from '../helpers/positions';
import { TempRepo } from '../diff/repo';
import { USERINFO_FORMS } from './forms';

/**
 * A secret is never echoed, by any path.
 *
 * The class, precisely. A value is SECRET when it is:
 *  (a) anything held at an identity provider's `clientSecret` that is not a
 *      well-formed reference: a literal of any type, a list, a mapping's keys
 *      and values, a value of the wrong type under a reference's own key, a
 *      `variable` that is not a variable name, two sources at once. Of such a
 *      value a message may name only the reference keys (`ssm`,
 *      `secretsManager`, `key`, `variable`). A well-formed reference is not a
 *      secret: its names (SSM parameter, secret id, variable) are shown in the
 *      review and written to Terraform by design;
 *  (b) the user name or password of a URL. Wherever the language accepts a
 *      URL (URL_POSITIONS: issuer, endpoints, callback, logout and default
 *      redirect URLs, resource server identifiers, client scopes, `$schema`)
 *      such a file is invalid (`url-userinfo` at that position). In every other
 *      string position, map keys included, no diagnostic shows it, whatever
 *      the rule that reports the value;
 *  (c) the keys and items of a mapping or list written where a string
 *      belongs, in every string position: a message says "a mapping", never
 *      its keys.
 * Not in the class, and shown by design: a well-typed string in a position
 * that is not a URL (a client id, a name, an id, a map key) is the user's
 * own value; the positive control below shows the harness would see it.
 *
 * The positions are generated from the schema (test/helpers/positions.ts):
 * every string-typed property, map key and list item. Each case is a file of
 * its own (its own stack) with its own distinctive secret. Every command and
 * format runs once over all the cases together: a run with any invalid file
 * writes nothing, so each case meets every command at its worst, its
 * diagnostics. The assertion: no secret appears, in any letter case, in any
 * stdout, stderr or file written, by `validate` (text, json, github, sarif),
 * `synth` (the same four, and the output folder), `review` (Markdown),
 * `diff` with the cases at head and at base (text, markdown, json, github,
 * sarif) and the cdktf app (`node dist/main.js`, COGFED_CONFIG, CDKTF_OUTDIR).
 */

// Each command runs over some 400 files; a diff run reads them at both sides. On a busy 2-core machine that is minutes, not seconds.
jest.setTimeout(300_000);

interface Case {
  file: string;
  secret: string;
  doc: unknown;
  /** For (a) and (b) in a URL position: the codes one of which must be reported, at `pointer` or above it. */
  expect?: { pointer: string; codes: string[] };
}

const BASE = completeFile();
const STRING_KINDS = ['string', 'enum', 'const'];
const positions = schemaPositions();
const cases: Case[] = [];
let counter = 0;

function add(
  build: (secret: string, stack: string) => { doc: unknown; expect?: Case['expect'] },
): void {
  const n = counter++;
  // Distinctive, and the same on every run; `Q7vZ` keeps it from matching anything else in the output.
  const secret = `S3cr3tQ7vZ${String(n).padStart(4, '0')}`;
  const stack = `case-${n}`;
  const { doc, expect: expected } = build(secret, stack);
  cases.push({ file: `case-${n}.yaml`, secret, doc, ...(expected ? { expect: expected } : {}) });
}

function at(pattern: readonly string[]): Array<string | number> {
  const path = instantiate(BASE, pattern);
  if (!path) throw new Error(`the complete file lacks ${pattern.join('.')}: extend completeFile()`);
  return path;
}

const base = (stack: string) => ({ ...completeFile(stack) });

// (a) The client secret, every way it can be written other than as a reference.
const CLIENT_SECRET = at(['userPools', '*', 'identityProviders', '*', 'clientSecret']);
const SECRET_FORMS: Array<(s: string) => unknown> = [
  (s) => s,
  (s) => `${s}\n${s}-second-line`,
  (s) => ({ [s]: null }), // `clientSecret: {S3cr3t-value}`
  (s) => ({ ssm: '/a', [s]: 'x' }),
  (s) => ({ value: s }),
  (s) => [s],
  (s) => ({ ssm: [s] }),
  (s) => ({ ssm: { [s]: 1 } }),
  (s) => ({ secretsManager: 'acme/idp', key: { [s]: 1 } }),
  (s) => ({ variable: `${s}-not-a-name` }),
  (s) => ({ variable: `${s} with spaces` }),
  (s) => ({ ssm: '/a', variable: s }),
  (s) => ({ variable: { [s]: true } }),
];
// Every secret a provider type has: the client secret, and Sign in with Apple's private key.
const PRIVATE_KEY = at(['userPools', '*', 'identityProviders', '*', 'privateKey']);
for (const place of [CLIENT_SECRET, PRIVATE_KEY]) {
  for (const form of SECRET_FORMS) {
    add((secret, stack) => ({
      doc: withValue(base(stack), place, form(secret)),
      expect: {
        pointer: place.join('.'),
        codes: ['secret-literal', 'secret-reference', 'secret-variable-name'],
      },
    }));
  }
}
// A numeric literal: digits only, so the secret is the number itself.
{
  const n = counter++;
  const secret = String(7391642850190 + n);
  cases.push({
    file: `case-${n}.yaml`,
    secret,
    doc: withValue(base(`case-${n}`), CLIENT_SECRET, Number(secret)),
    expect: { pointer: CLIENT_SECRET.join('.'), codes: ['secret-literal'] },
  });
}

// (b) A password in a URL: every way of writing one (forms.ts), in every URL position.
const matches = (pattern: readonly string[], urlPattern: string) =>
  pattern.join('.') === urlPattern;
const urlPositions = positions.filter(
  (p) => !p.key && URL_POSITIONS.some((u) => matches(p.pattern, u)),
);
for (const position of urlPositions) {
  for (const form of USERINFO_FORMS) {
    const path = at(position.pattern);
    add((secret, stack) => ({
      doc: withValue(base(stack), path, form(secret)),
      expect: { pointer: path.join('.'), codes: ['url-userinfo'] },
    }));
  }
}
// In every other string position, and every map key: diagnostics never show it (the value may be valid there).
const stringPositions = positions.filter((p) => STRING_KINDS.includes(p.kind) || p.key);
for (const position of stringPositions.filter((p) => !urlPositions.includes(p))) {
  for (const form of [USERINFO_FORMS[0], USERINFO_FORMS[USERINFO_FORMS.length - 1]]) {
    add((secret, stack) => ({ doc: place(base(stack), position, form(secret)) }));
  }
}

// (c) A mapping or a list where a string belongs: its keys and items are never shown.
for (const position of stringPositions.filter((p) => !p.key)) {
  const path = at(position.pattern);
  add((secret, stack) => ({
    doc: withValue(base(stack), path, { [secret]: 1 }),
    expect: { pointer: path.join('.'), codes: [] },
  }));
  add((secret, stack) => ({
    doc: withValue(base(stack), path, [secret]),
    expect: { pointer: path.join('.'), codes: [] },
  }));
}

function place(
  doc: Record<string, unknown>,
  position: Position,
  value: string,
): Record<string, unknown> {
  const path = at(position.pattern);
  return position.key ? withKey(doc, path, value) : withValue(doc, path, value);
}

// ---------------------------------------------------------------------------

let work: string;
const outputs: Array<{ what: string; text: string }> = [];

function record(
  what: string,
  result: { stdout: string; stderr: string; status: number | null },
): void {
  outputs.push(
    { what: `${what} (stdout)`, text: result.stdout },
    { what: `${what} (stderr)`, text: result.stderr },
  );
  // Bad input ends in exit 1 (or 2 for usage), never in a crash.
  expect({ what, status: result.status }).toEqual({ what, status: 1 });
}

/** Every file under `dir`, as text. */
function filesUnder(dir: string): Array<{ what: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ what: path, text: readFileSync(path, 'utf8') }));
}

function leaks(): string[] {
  const found: string[] = [];
  for (const { what, text } of outputs) {
    const lower = text.toLowerCase();
    for (const c of cases)
      if (lower.includes(c.secret.toLowerCase())) found.push(`${c.file}: ${what}`);
  }
  return found;
}

beforeAll(() => {
  work = process.env.SECRETS_WORK ?? mkdtempSync(join(tmpdir(), 'cogfed-secrets-'));
  mkdirSync(join(work, 'cases'));
  for (const c of cases) writeFileSync(join(work, 'cases', c.file), stringify(c.doc));
  copyCompleteFileSupport(join(work, 'cases'));
});
// SECRETS_WORK=<dir> keeps the cases there, to look at a failure.
afterAll(() =>
  process.env.SECRETS_WORK ? undefined : rmSync(work, { recursive: true, force: true }),
);

describe('a secret is never echoed', () => {
  test('the cases cover every string position of the schema, in each class', () => {
    // (b) in every URL position the rule knows, and the rule knows every URL-like position the test finds.
    expect(urlPositions.map((p) => p.pattern.join('.')).sort()).toEqual([...URL_POSITIONS].sort());
    expect(stringPositions.length).toBeGreaterThan(60);
    expect(cases.length).toBe(counter);
  });

  test('validate: each case is refused where the class says, and no format shows a secret', () => {
    const json = runCli(['validate', '--format', 'json', 'cases'], { cwd: work });
    record('validate --format json', json);
    const diagnostics = JSON.parse(json.stdout).diagnostics as Array<{
      file: string;
      code: string;
      pointer?: string;
      severity: string;
    }>;
    for (const c of cases.filter((x) => x.expect)) {
      const mine = diagnostics.filter(
        (d) => d.file === join('cases', c.file) && d.severity === 'error',
      );
      const { pointer, codes } = c.expect!;
      const hit = mine.some(
        (d) =>
          d.pointer !== undefined &&
          (d.pointer === pointer ||
            pointer.startsWith(`${d.pointer}.`) ||
            d.pointer.startsWith(`${pointer}.`)) &&
          (codes.length === 0 || codes.includes(d.code)),
      );
      expect({ file: c.file, pointer, hit }).toEqual({ file: c.file, pointer, hit: true });
    }
    for (const format of ['text', 'github', 'sarif'])
      record(
        `validate --format ${format}`,
        runCli(['validate', '--format', format, 'cases'], { cwd: work }),
      );
    expect(leaks()).toEqual([]);
  });

  test('synth (every format) writes nothing and shows no secret', () => {
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const out = join(work, `synth-${format}`);
      record(
        `synth --format ${format}`,
        runCli(['synth', '--format', format, '--output', out, 'cases'], { cwd: work }),
      );
      outputs.push(...filesUnder(out));
      expect(existsSync(join(out, 'stacks'))).toBe(false);
    }
    expect(leaks()).toEqual([]);
  });

  test('review shows no secret', () => {
    record('review', runCli(['review', 'cases'], { cwd: work }));
    expect(leaks()).toEqual([]);
  });

  test('the cdktf app (node dist/main.js) shows and writes no secret', () => {
    const outdir = join(work, 'cdktf.out');
    const result = spawnSync(process.execPath, [join(REPO, 'dist/main.js')], {
      cwd: work,
      env: { ...process.env, COGFED_CONFIG: join(work, 'cases'), CDKTF_OUTDIR: outdir },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    record('cdktf app', { status: result.status, stdout: result.stdout, stderr: result.stderr });
    outputs.push(...filesUnder(outdir));
    expect(leaks()).toEqual([]);
  });

  test.each(['head', 'base'])('diff with the cases at %s: no format shows a secret', (side) => {
    const valid = Object.fromEntries(
      cases.map((c, i) => [`config/${c.file}`, stringify(completeFile(`case-${i}`))]),
    );
    const bad = Object.fromEntries(cases.map((c) => [`config/${c.file}`, stringify(c.doc)]));
    const metadata = {
      [`config/${COMPLETE_METADATA}`]: readFileSync(
        join(REPO, 'config/metadata/entra-contoso.xml'),
        'utf8',
      ),
    };
    const repo = new TempRepo({ ...(side === 'head' ? valid : bad), ...metadata });
    try {
      for (const [path, text] of Object.entries(side === 'head' ? bad : valid))
        repo.write(path, text);
      for (const format of ['text', 'markdown', 'json', 'github', 'sarif']) {
        const result = runCli(['diff', '--base', 'main', '--format', format], { cwd: repo.dir });
        record(`diff at ${side} --format ${format}`, result);
        // With the cases at the base, the head is valid, so every case is compared and reported (its values shown, masked).
        if (side === 'base' && format === 'json')
          expect(JSON.parse(result.stdout).stacks).toHaveLength(cases.length);
      }
      // The complete Markdown (--output-full) and review --base, which reads the base too.
      record(
        `diff at ${side} --output-full`,
        runCli(
          ['diff', '--base', 'main', '--format', 'markdown', '--output-full', 'full/diff.md'],
          {
            cwd: repo.dir,
          },
        ),
      );
      const reviewed = runCli(
        ['review', '--base', 'main', '--max-chars', '2000', '--output-full', 'full/review.md'],
        { cwd: repo.dir },
      );
      outputs.push(
        { what: `review --base at ${side} (stdout)`, text: reviewed.stdout },
        { what: `review --base at ${side} (stderr)`, text: reviewed.stderr },
        ...filesUnder(join(repo.dir, 'full')),
      );
      expect({ side, status: reviewed.status }).toEqual({ side, status: side === 'head' ? 1 : 0 });
    } finally {
      repo.cleanup();
    }
    expect(leaks()).toEqual([]);
  });

  test('positive control: the harness sees a value the language shows by design', () => {
    const dir = join(work, 'control');
    mkdirSync(dir);
    const secret = 'S3cr3tQ7vZcontrol';
    const doc = withValue(
      completeFile('control'),
      at(['userPools', '*', 'identityProviders', '*', 'clientId']),
      secret,
    );
    writeFileSync(join(dir, 'control.yaml'), stringify(doc));
    copyCompleteFileSupport(dir);
    const result = spawnSync(
      process.execPath,
      [CLI, 'synth', '--output', join(dir, 'out'), 'control.yaml'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(filesUnder(join(dir, 'out')).some((f) => f.text.includes(secret))).toBe(true);
  });
});
