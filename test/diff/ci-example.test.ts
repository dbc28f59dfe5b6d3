import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse } from 'yaml';
import { registerDiff } from '../../src/cli/diff';
import { registerReview } from '../../src/cli/review';
import { registerValidate } from '../../src/cli/validate';

/** The example pipeline must keep working: every `npx cogfed` line it runs must parse with today's options. */
describe('examples/ci/cogfed.yml', () => {
  const workflow = parse(readFileSync(join(__dirname, '../../examples/ci/cogfed.yml'), 'utf8')) as {
    jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
  };
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ?? '').split('\n')));
  const cogfedLines = runs.filter((line) => line.includes('npx cogfed '));

  test('runs validate, review, diff in every format the pipeline needs', () => {
    expect(cogfedLines.map((line) => /npx cogfed (\w+)/.exec(line)![1])).toEqual(['validate', 'review', 'diff', 'diff', 'diff']);
    expect(cogfedLines.join('\n')).toMatch(/--format markdown[\s\S]*--format sarif[\s\S]*--format github/);
  });

  test.each(cogfedLines)('parses: %s', (line) => {
    const args = line
      .slice(line.indexOf('npx cogfed ') + 'npx cogfed '.length)
      .replace(/\s*(\|\|.*|>.*)$/, '')
      .replace('"$BASE"', 'origin/main')
      .replace('$ACCEPT', '--accept pool-replaced')
      .split(/\s+/)
      .filter(Boolean);
    const program = new Command().exitOverride();
    registerValidate(program);
    registerReview(program);
    registerDiff(program);
    let ran = '';
    for (const command of program.commands) command.action(() => void (ran = command.name()));
    program.parse(['node', 'cogfed', ...args]);
    expect(ran).toBe(args[0]);
  });

  test('checks out full history for diff, and deploys each stack with OIDC credentials', () => {
    const pr = workflow.jobs['pull-request'].steps;
    expect(pr.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    const deploy = workflow.jobs.deploy.steps;
    expect(deploy.some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials') && s.with?.['role-to-assume'])).toBe(true);
    expect(deploy.some((s) => s.run === 'npm run synth')).toBe(true);
    expect(deploy.some((s) => s.run?.includes('npx cdktf deploy "$STACK" --auto-approve'))).toBe(true);
  });
});
