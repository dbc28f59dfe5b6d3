import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

/**
 * A literal secret pasted where a reference belongs is never echoed, whatever
 * its first character does to the YAML. The class: a distinctive secret
 * starting with each YAML indicator character (and closed, for the brackets
 * and quotes), as the value of `clientSecret` in block and in flow style,
 * through `cogfed validate` in every format. Every variant is a finding (a
 * literal, a syntax error, an unresolved alias, an unsupported tag...), and
 * the secret appears nowhere in stdout or stderr.
 */
const SECRET = 'Zq8wSecretValue4Kx';
const INDICATORS = [
  '-',
  '?',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
];
const CLOSERS: Record<string, string> = { '[': ']', '{': '}', "'": "'", '"': '"' };

const VALUES = INDICATORS.flatMap((c) => [
  `${c}${SECRET}`,
  ...(CLOSERS[c] ? [`${c}${SECRET}${CLOSERS[c]}`] : []),
  `${c} ${SECRET}`,
]);

const block = (value: string) => `version: 1
stack: echo
aws:
  region: us-east-1
userPools:
  pool:
    identityProviders:
      Okta:
        type: oidc
        issuer: https://idp.example.com
        clientId: abc
        clientSecret: ${value}
        scopes: [openid]
`;

const flow = (value: string) => `version: 1
stack: echo
aws:
  region: us-east-1
userPools:
  pool:
    identityProviders:
      Okta: { type: oidc, issuer: https://idp.example.com, clientId: abc, clientSecret: ${value}, scopes: [openid] }
`;

let dir: string;
const files: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-echo-'));
  VALUES.forEach((value, i) => {
    for (const [style, render] of [
      ['block', block],
      ['flow', flow],
    ] as const) {
      const name = `${style}-${String(i).padStart(2, '0')}.yaml`;
      writeFileSync(join(dir, name), render(value));
      files.push(name);
    }
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(['text', 'json', 'github', 'sarif'])(
  '--format %s: every variant is a finding, and the secret is never printed',
  (format) => {
    const result = runCli(['validate', '--format', format, ...files], { cwd: dir });
    expect(result.status).toBe(1);
    const output = result.stdout + result.stderr;
    // Every file has at least one finding (so the test sees each variant rejected, not skipped).
    for (const file of files)
      expect({ file, reported: output.includes(file) }).toEqual({ file, reported: true });
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(SECRET.slice(0, 8));
    expect(output).not.toMatch(/\n\s+at /);
  },
);

test('the variants cover each indicator character, in both styles', () => {
  expect(files.length).toBe(VALUES.length * 2);
  expect(new Set(VALUES.map((v) => v[0])).size).toBe(INDICATORS.length);
});
