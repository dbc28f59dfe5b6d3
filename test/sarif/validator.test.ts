import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACME, GLOBEX } from '../diff/fixtures';
import { TempRepo } from '../diff/repo';
import { runCli } from '../helpers/cli';

/**
 * cogfed's SARIF through Microsoft's own validator, the SARIF multitool
 * (devDependency @microsoft/sarif-multitool: a self-contained binary per
 * platform), with its default rules (SARIF) and with the rules of GitHub
 * Advanced Security (GH), which code scanning applies on upload.
 * https://github.com/microsoft/sarif-sdk/blob/main/docs/multitool-usage.md
 * The binary is run directly (its npm wrapper goes through a shell, which
 * would split `;` lists). Two invocations, every log in each.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MULTITOOL: string = require('@microsoft/sarif-multitool');

const WEIRD_DIR = 'a b#c?d,e%f';
const BROKEN = 'version: 1\nstack: Bad_Stack\naws:\n  region: us-east-1\n  tgas: {}\n';

interface Finding {
  log: string;
  ruleId: string;
  level: string;
  message: string;
}

let dir: string;
const logs: Record<string, string> = {};

/** Validate every log with one multitool run; the findings of level error or warning, by log file name. */
function validate(ruleKinds?: string): Finding[] {
  const output = join(dir, `validation-${ruleKinds ?? 'default'}.sarif`);
  execFileSync(
    MULTITOOL,
    [
      'validate',
      ...Object.keys(logs).map((name) => join(dir, name)),
      '--output',
      output,
      '--log',
      'ForceOverwrite',
      '--level',
      'Error;Warning',
      '--config',
      join(dir, 'multitool.json'),
      ...(ruleKinds ? ['--rule-kind', ruleKinds] : []),
    ],
    { stdio: 'pipe', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
  );
  const run = JSON.parse(readFileSync(output, 'utf8')).runs[0];
  // The validator itself must have run cleanly (a log it cannot read is a tool error, not a finding).
  expect(run.invocations[0].executionSuccessful).toBe(true);
  expect(run.invocations[0].toolExecutionNotifications ?? []).toEqual([]);
  return (run.results ?? []).map(
    (r: {
      ruleId: string;
      level: string;
      message: { text?: string; id?: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }) => ({
      log: decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)
        .split('/')
        .pop()!,
      ruleId: r.ruleId,
      level: r.level,
      message: r.message.text ?? r.message.id ?? '',
    }),
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cogfed-sarif-'));
  // SARIF2006 fetches every URI over HTTP: off, tests run without network.
  writeFileSync(
    join(dir, 'multitool.json'),
    JSON.stringify({ 'SARIF2006.UrisShouldBeReachable.Options': { RuleEnabled: 'Disabled' } }),
  );

  const work = join(dir, 'work');
  mkdirSync(join(work, WEIRD_DIR), { recursive: true });
  writeFileSync(join(work, WEIRD_DIR, 'x y.yaml'), BROKEN);
  const relative = runCli(['validate', '--format', 'sarif', `${WEIRD_DIR}/x y.yaml`], {
    cwd: work,
  });
  expect(relative.status).toBe(1);
  logs['validate-relative.sarif'] = relative.stdout;
  const absolute = runCli(['validate', '--format', 'sarif', join(work, WEIRD_DIR, 'x y.yaml')], {
    cwd: work,
  });
  expect(absolute.status).toBe(1);
  logs['validate-absolute.sarif'] = absolute.stdout;

  // diff: hazards (a replaced pool, a changed domain) in files under a folder whose name needs encoding.
  const repo = new TempRepo({
    [`${WEIRD_DIR}/acme.yaml`]: ACME,
    [`${WEIRD_DIR}/globex.yaml`]: GLOBEX,
  });
  try {
    repo.edit(`${WEIRD_DIR}/acme.yaml`, (s) =>
      s.replace(
        'usernameAttributes: [email]\n      caseSensitive',
        'usernameAttributes: [phone_number]\n      caseSensitive',
      ),
    );
    repo.edit(`${WEIRD_DIR}/acme.yaml`, (s) =>
      s.replace('prefix: acme-staff', 'prefix: acme-staff-login'),
    );
    const hazards = repo.diff({ files: [WEIRD_DIR], format: 'sarif' });
    expect(hazards.exitCode).toBe(1);
    logs['diff-hazards.sarif'] = hazards.stdout;
    // diff when the head does not validate: the diagnostics, as SARIF.
    repo.edit(`${WEIRD_DIR}/acme.yaml`, (s) => s.replace('stack: acme', 'stack: Acme'));
    const invalid = repo.diff({ files: [WEIRD_DIR], format: 'sarif' });
    expect(invalid.exitCode).toBe(1);
    logs['diff-invalid.sarif'] = invalid.stdout;
  } finally {
    repo.cleanup();
  }

  // The control: what cogfed wrote before (a raw path, a rule without fullDescription or help). The validator must reject it.
  const control = JSON.parse(logs['validate-relative.sarif']);
  const run = control.runs[0];
  run.tool.driver.rules = run.tool.driver.rules.map(
    (r: { id: string; shortDescription: unknown }) => ({
      id: r.id,
      shortDescription: r.shortDescription,
    }),
  );
  run.results[0].locations[0].physicalLocation.artifactLocation = { uri: `${WEIRD_DIR}/x y.yaml` };
  logs['control.sarif'] = JSON.stringify(control, null, 2);

  for (const [name, text] of Object.entries(logs)) writeFileSync(join(dir, name), text);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the logs hold what the validator is asked to judge', () => {
  const uri = (name: string) =>
    JSON.parse(logs[name]).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
  expect(uri('validate-relative.sarif')).toEqual({
    uri: 'a%20b%23c%3Fd%2Ce%25f/x%20y.yaml',
    uriBaseId: '%SRCROOT%',
  });
  expect(uri('validate-absolute.sarif')).toEqual({
    uri: `${pathToFileURL(join(dir, 'work')).href}/a%20b%23c%3Fd,e%25f/x%20y.yaml`,
  });
  expect(uri('diff-hazards.sarif')).toEqual({
    uri: 'a%20b%23c%3Fd%2Ce%25f/acme.yaml',
    uriBaseId: '%SRCROOT%',
  });
  expect(
    JSON.parse(logs['diff-hazards.sarif']).runs[0].results.map((r: { ruleId: string }) => r.ruleId),
  ).toEqual(['pool-replaced', 'domain-changed']);
  expect(JSON.parse(logs['diff-invalid.sarif']).runs[0].results[0].ruleId).toBe('stack-name');
});

test('the SARIF multitool, default rules: no error or warning in any cogfed log; the control fails SARIF1002', () => {
  const findings = validate();
  expect(findings.filter((f) => f.log !== 'control.sarif')).toEqual([]);
  expect(findings.filter((f) => f.log === 'control.sarif').map((f) => [f.ruleId, f.level])).toEqual(
    [['SARIF1002', 'error']],
  );
}, 60_000);

test('the SARIF multitool, GitHub Advanced Security rules: no error or warning in any cogfed log; the control fails GH2012', () => {
  const findings = validate('Gh');
  expect(findings.filter((f) => f.log !== 'control.sarif')).toEqual([]);
  const control = findings.filter((f) => f.log === 'control.sarif');
  expect(control.map((f) => [f.ruleId, f.level, f.message]).sort()).toEqual([
    ['GH2012', 'error', 'Error_MissingFullDescription'],
    ['GH2012', 'error', 'Error_MissingHelp'],
  ]);
}, 60_000);
