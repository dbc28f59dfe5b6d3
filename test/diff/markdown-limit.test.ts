import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_CHARS } from '../../src/outputs/format/comment-limit';
import { TempRepo } from './repo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../bench/generate.js') as {
  generate: (o?: { pools?: number; providers?: number; clients?: number }) => string;
};

/** `cogfed diff --format markdown` fits one GitHub comment, with output changes folded and a pointer to the complete report. */
describe('diff --format markdown within a comment', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo({
      'config/estate.yaml': generate({ pools: 10, providers: 20, clients: 5 }),
    });
  });
  afterAll(() => repo.cleanup());
  afterEach(() => repo.git('checkout', '-q', '--', '.'));

  test('a small change: the resource changes in a diff block, the output changes folded in <details>', () => {
    repo.edit('config/estate.yaml', (s) =>
      s.replace('http://localhost:3002/callback', 'http://localhost:4002/callback'),
    );
    const md = repo.diff({ format: 'markdown' }).stdout;
    expect(md).toContain('```diff\n~ aws_cognito_user_pool_client.pool00__app2\n');
    expect(md).not.toContain('[!NOTE]');
    // A callback URL is in no output; the authorize URLs are not outputs unless the file asks.
    expect(md).not.toContain('<details>');
    repo.edit('config/estate.yaml', (s) =>
      s.replace('  pool03:\n', '  pool03:\n    outputs: { authorizeUrls: true }\n'),
    );
    const withOutputs = repo.diff({ format: 'markdown' }).stdout;
    expect(withOutputs).toMatch(
      /<details><summary>Stack outputs: 1 changed<\/summary>\n\n```diff\n~ output\.pool03\n {6}~ description: .*\n {6}\+ value\.authorize_urls\.app0\.Customer00Sso: /,
    );
  });

  test('a change that replaces everything: shortened to fit, the hazards first, the complete report in the --output-full file', () => {
    repo.edit('config/estate.yaml', (s) => s.replace('region: us-east-1', 'region: eu-west-1'));
    const result = repo.diff({
      format: 'markdown',
      accept: ['pool-replaced'],
      outputFull: 'reports/diff-full.md',
    });
    const md = result.stdout;
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(md).toContain('The complete text is in `reports/diff-full.md`');
    expect(md.indexOf('### Hazards')).toBeGreaterThan(0);
    const full = readFileSync(join(repo.dir, 'reports/diff-full.md'), 'utf8');
    expect(full.length).toBeGreaterThan(DEFAULT_MAX_CHARS);
    expect(full).not.toContain('[!NOTE]');
    expect(full).toContain('-/+ aws_cognito_user_pool.pool09 (replace)');
    // The one stack too long whole: its first changes, as many as fit, then a count of the rest (not a tally alone).
    expect(md).toMatch(
      /### stack bench-large .*\n\n```diff\n-\/\+ aws_cognito_identity_provider\.pool00__Customer00Sso \(replace\)\n/,
    );
    const shown = /\n(\d+) more lines not shown\.\n/.exec(md);
    expect(shown).not.toBeNull();
    expect(Number(shown![1])).toBeGreaterThan(0);
    // Without the flag, the note says how to get the complete report.
    expect(repo.diff({ format: 'markdown', accept: ['pool-replaced'] }).stdout).toContain(
      'The complete text: `cogfed diff --base main --format markdown --output-full FILE`.',
    );
  }, 60_000);
});
