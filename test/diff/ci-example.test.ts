import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { parse } from 'yaml';
import { registerDiff } from '../../src/cli/diff';
import { registerPlan } from '../../src/cli/plan';
import { registerReview } from '../../src/cli/review';
import { registerValidate } from '../../src/cli/validate';

/** The example pipeline must keep working: every `npx cogfed` line it runs must parse with today's options. */
describe('examples/ci/cogfed.yml', () => {
  const workflow = parse(readFileSync(join(__dirname, '../../examples/ci/cogfed.yml'), 'utf8')) as {
    jobs: Record<
      string,
      {
        env?: Record<string, string>;
        permissions?: Record<string, string>;
        steps: Array<{
          name?: string;
          if?: string;
          run?: string;
          uses?: string;
          with?: Record<string, unknown>;
        }>;
      }
    >;
  };
  const runs = Object.values(workflow.jobs).flatMap((job) =>
    job.steps.flatMap((step) => (step.run ?? '').split('\n')),
  );
  const cogfedLines = runs.filter((line) => line.includes('npx cogfed '));

  test('runs validate, review, diff and plan in every format the pipeline needs', () => {
    expect(cogfedLines.map((line) => /npx cogfed (\w+)/.exec(line)![1])).toEqual([
      'validate',
      'review',
      'diff',
      'diff',
      'plan',
      'diff',
      'plan',
      'diff',
      'plan',
    ]);
    expect(cogfedLines.join('\n')).toMatch(
      /--format markdown[\s\S]*--format sarif[\s\S]*--format github/,
    );
    const plans = cogfedLines.filter((line) => line.includes('npx cogfed plan'));
    expect(plans.map((line) => /--format (\w+)/.exec(line)![1])).toEqual([
      'markdown',
      'sarif',
      'github',
    ]);
    expect(
      plans.every((line) => line.includes('npx cogfed plan plans/*.json --base "$BASE"')),
    ).toBe(true);
  });

  test('plans each affected stack with terraform plan -out, then cogfed plan on terraform show -json, next to the diff', () => {
    const job = workflow.jobs['pull-request'];
    const steps = job.steps;
    const index = (predicate: (s: (typeof steps)[number]) => boolean) => steps.findIndex(predicate);
    const plan = steps.find((s) => s.name === 'Terraform plan of each affected stack')!;
    expect(plan.run).toContain(
      'terraform plan -input=false -no-color -lock=false -out=plan.tfplan',
    );
    expect(plan.run).toContain(
      'terraform show -json plan.tfplan > "$GITHUB_WORKSPACE/plans/$stack.json"',
    );
    expect(plan.run).toContain(
      `jq -r '.stacks[] | select(.status == "added" or .status == "changed") | .stack' diff.json`,
    );
    // The diff needs no AWS credentials: it runs before the plan role is assumed, and the plan steps are skipped for forks.
    expect(
      index((s) => s.run?.includes('npx cogfed diff --base "$BASE" --format markdown') ?? false),
    ).toBeLessThan(
      index((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials') ?? false),
    );
    expect(job.env?.PLAN).toContain('!github.event.pull_request.head.repo.fork');
    expect(
      steps
        .filter(
          (s) =>
            s.uses?.startsWith('aws-actions/configure-aws-credentials') ||
            s.name?.startsWith('Terraform plan'),
        )
        .every((s) => s.if === "env.PLAN == 'true'"),
    ).toBe(true);
    expect(job.permissions?.['id-token']).toBe('write');
    // One comment: the diff, then the plan review.
    expect(steps.find((s) => s.name === 'Compose the comment')!.run).toMatch(
      /cat diff\.md[\s\S]*cat plan\.md[\s\S]*cat review\.md/,
    );
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
    registerPlan(program);
    let ran = '';
    for (const command of program.commands) command.action(() => void (ran = command.name()));
    program.parse(['node', 'cogfed', ...args]);
    expect(ran).toBe(args[0]);
  });

  test('checks out full history for diff, and deploys each stack with OIDC credentials', () => {
    const pr = workflow.jobs['pull-request'].steps;
    expect(pr.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({
      'fetch-depth': 0,
    });
    const deploy = workflow.jobs.deploy.steps;
    expect(
      deploy.some(
        (s) =>
          s.uses?.startsWith('aws-actions/configure-aws-credentials') && s.with?.['role-to-assume'],
      ),
    ).toBe(true);
    expect(deploy.some((s) => s.run === 'npm run synth')).toBe(true);
    expect(deploy.some((s) => s.run?.includes('npx cdktf deploy "$STACK" --auto-approve'))).toBe(
      true,
    );
  });
});
