import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { parseAccept, registerPlan, splitArguments } from '../../src/cli/plan';
import { CLI, runCli } from '../helpers/cli';
import { PlanRepo } from './expectations';
import { FIXTURES } from './scenarios';
import { readFixture } from './terraform';

describe('cogfed plan: the command', () => {
  let repo: PlanRepo;
  beforeEach(() => {
    repo = new PlanRepo(readFixture(FIXTURES, 'replace-pool'));
  });
  afterEach(() => repo.cleanup());

  describe('the built CLI (dist/cogfed.js)', () => {
    test('exit 1 on a blocking hazard, 0 once accepted with a reason', () => {
      const blocked = runCli(['plan', 'replace-pool.json'], { cwd: repo.dir });
      expect(blocked.status).toBe(1);
      expect(blocked.stdout).toContain(
        'config/shop.yaml:12:27: error pool-replaced: user pool customers (shop-customers) is replaced',
      );
      const accepted = runCli(
        ['plan', 'replace-pool.json', 'config', '--accept', 'pool-replaced=users migrated'],
        { cwd: repo.dir },
      );
      expect({ status: accepted.status, stderr: accepted.stderr }).toEqual({
        status: 0,
        stderr: '',
      });
      expect(accepted.stdout).toContain(
        '[accepted: --accept pool-replaced, reason: users migrated]',
      );
    });

    test('exit 2, no stack trace: an unsupported format version, a missing plan, an unknown code', () => {
      writeFileSync(
        `${repo.dir}/v2.json`,
        JSON.stringify({ format_version: '2.0', resource_changes: [] }),
      );
      const v2 = runCli(['plan', 'v2.json'], { cwd: repo.dir });
      expect(v2).toEqual({
        status: 2,
        stdout: '',
        stderr: expect.stringMatching(
          /^cogfed: v2\.json: plan format_version 2\.0 is not supported; cogfed reads format 1\.x/,
        ),
      });
      expect(runCli(['plan', 'nope.json'], { cwd: repo.dir })).toMatchObject({
        status: 2,
        stderr: 'cogfed: cannot read the plan nope.json (ENOENT)\n',
      });
      expect(
        runCli(['plan', 'replace-pool.json', '--accept', 'pool-replace'], { cwd: repo.dir }),
      ).toMatchObject({
        status: 2,
        stderr: expect.stringContaining(
          'cogfed: --accept pool-replace: not a hazard code; the codes are pool-replaced,',
        ),
      });
    });

    test('the plan on standard input: terraform show -json plan.tfplan | cogfed plan -', () => {
      const result = spawnSync(process.execPath, [CLI, 'plan', '-', '--format', 'json'], {
        cwd: repo.dir,
        input: repo.fixture.json,
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(JSON.parse(result.stdout).stacks[0]).toMatchObject({ stack: 'shop', plan: '-' });
    });

    test('listed in the help', () => {
      expect(runCli(['--help']).stdout).toMatch(
        /\n\s+plan \[options\] <plans-and-files\.\.\.>\s+review a Terraform plan/,
      );
    });
  });

  describe('which stack a plan is for', () => {
    const other = (name: string) =>
      `version: 1\nstack: ${name}\naws:\n  region: us-east-1\nuserPools:\n  members:\n    domain:\n      prefix: ${name}-login\n`;

    test('found from its addresses among several files; named with STACK=PLAN.json', () => {
      writeFileSync(`${repo.dir}/config/other.yaml`, other('other'));
      expect(repo.json().stacks.map((s: { stack: string }) => s.stack)).toEqual(['shop']);
      // Named wrongly on purpose: the report says the plan is not from that YAML.
      const forced = repo.json({ args: ['other=replace-pool.json'] });
      expect(forced.stacks[0].stack).toBe('other');
      expect(forced.hazards.map((h: { code: string }) => h.code)).toEqual(
        expect.arrayContaining(['plan-mismatch', 'pool-replaced']),
      );
      expect(forced.stacks[0].changes.every((c: { yaml: unknown }) => c.yaml === null)).toBe(true);
    });

    test('usage errors: no stack matches, a named stack that does not exist, two plans for one stack', () => {
      expect(repo.run({ args: ['replace-pool.json', 'config/nope.yaml'] }).stderr).toBe(
        'cogfed: no such file: config/nope.yaml\n',
      );
      writeFileSync(`${repo.dir}/other.yaml`, other('other'));
      expect(repo.run({ args: ['replace-pool.json', 'other.yaml'] })).toMatchObject({
        exitCode: 2,
        stderr:
          "cogfed: replace-pool.json: no stack in other.yaml has any of this plan's resources; name the files the stack comes from, or the stack: STACK=replace-pool.json\n",
      });
      expect(repo.run({ args: ['ghost=replace-pool.json'] })).toMatchObject({
        exitCode: 2,
        stderr:
          'cogfed: ghost=replace-pool.json: no stack ghost in the files; the stacks are shop\n',
      });
      expect(repo.run({ args: ['replace-pool.json', 'shop=replace-pool.json'] })).toMatchObject({
        exitCode: 2,
        stderr: 'cogfed: two plans are for stack shop; give one plan per stack\n',
      });
    });

    test('the YAML does not validate: its findings, exit 1', () => {
      writeFileSync(
        `${repo.dir}/config/shop.yaml`,
        repo.fixture.yaml.replace('stack: shop', 'stack: Shop'),
      );
      const result = repo.run();
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^config\/shop\.yaml:4:8: error /);
      expect(result.stderr).toContain(
        'cogfed plan: the files do not validate; the plan was not read against them',
      );
    });
  });

  test('arguments: plans are the .json files and -, the rest YAML; --accept CODE=REASON or CODE,CODE', () => {
    expect(splitArguments(['a.json', 'shop=b.json', '-', 'config', 'x.yaml'])).toEqual({
      plans: [{ file: 'a.json' }, { stack: 'shop', file: 'b.json' }, { file: '-' }],
      files: ['config', 'x.yaml'],
    });
    expect(
      parseAccept([
        'pool-replaced,idp-renamed',
        'pool-destroyed=migrated, checked by ops',
        'client-replaced=',
      ]),
    ).toEqual([
      { code: 'pool-replaced' },
      { code: 'idp-renamed' },
      { code: 'pool-destroyed', reason: 'migrated, checked by ops' },
      { code: 'client-replaced' },
    ]);
    const program = new Command()
      .exitOverride()
      .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    registerPlan(program);
    expect(() => program.parse(['node', 'cogfed', 'plan'])).toThrow(
      /missing required argument 'plans-and-files'/,
    );
    expect(() => program.parse(['node', 'cogfed', 'plan', 'p.json', '--format', 'xml'])).toThrow(
      /Allowed choices are text, markdown, json, github, sarif/,
    );
  });
});
