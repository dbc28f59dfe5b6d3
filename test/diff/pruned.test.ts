import { synthesizeModels } from '../../src/compile';
import type { Model } from '../../src/model/model';
import { modelsFromContents } from '../../src/model/pipeline';
import { runDiff } from '../../src/outputs/diff';
import { compareStacks } from '../../src/outputs/diff/compare';
import { detectHazards } from '../../src/outputs/diff/hazards';
import type { TerraformJson } from '../../src/outputs/diff/terraform';
import { variablesOf, whatToCompile } from '../../src/outputs/diff/what-to-compile';
import { TempRepo } from './repo';

/**
 * `cogfed diff` compiles only what differs: the stacks whose models differ,
 * and within such a stack only the pools that differ (plus the pools sharing
 * a `{ variable }` secret with them). Each edit below is checked against the
 * whole comparison (both sides synthesized whole, compared, hazards
 * detected): the same changes and the same hazards, from fewer pools.
 */

const FILE = 'config/estate.yaml';

/** Four pools; `a` and `b` share the variable `shared_secret`; `c` has its own. */
function estate(): string {
  const lines = [
    'version: 1',
    'stack: estate',
    'aws:',
    '  region: us-east-1',
    '  tags: { team: identity }',
    'userPools:',
  ];
  for (const pool of ['a', 'b', 'c', 'd']) {
    const secret =
      pool === 'a' || pool === 'b'
        ? '{ variable: shared_secret }'
        : pool === 'c'
          ? '{ variable: c_secret }'
          : `{ ssm: /estate/${pool} }`;
    lines.push(
      `  ${pool}:`,
      `    domain: { prefix: estate-${pool}-login }`,
      '    identityProviders:',
      '      Okta:',
      '        type: oidc',
      `        issuer: https://${pool}.okta.example.com`,
      `        clientId: client-${pool}`,
      `        clientSecret: ${secret}`,
      '        scopes: [openid, email]',
      `        identifiers: [${pool}.example.com]`,
      '    clients:',
      '      web:',
      `        callbackUrls: [https://${pool}.example.com/cb]`,
      '        oauth: { flows: [code], scopes: [openid, email] }',
      '        identityProviders: [Okta, COGNITO]',
    );
  }
  return `${lines.join('\n')}\n`;
}

function modelOf(text: string): Model {
  const result = modelsFromContents([{ path: FILE, bytes: Buffer.from(text) }]);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.models[0];
}

/** The whole comparison, as diff did before it compared models first. */
function whole(baseText: string | undefined, headText: string | undefined) {
  const base = baseText === undefined ? undefined : modelOf(baseText);
  const head = headText === undefined ? undefined : modelOf(headText);
  const json = (model?: Model) =>
    model ? (synthesizeModels([model]).get(model.stack) as TerraformJson) : undefined;
  const [before, after] = [json(base), json(head)];
  const changes = compareStacks(before, after);
  const side = (model: Model | undefined, j: TerraformJson | undefined) =>
    model ? { model, json: j!, file: FILE } : undefined;
  const hazards = detectHazards({
    stack: 'estate',
    base: side(base, before),
    head: side(head, after),
    changes,
  });
  return { changes, hazards: hazards.map((h) => `${h.code} ${h.subject}: ${h.message}`).sort() };
}

describe('diff compiles only what differs', () => {
  let repo: TempRepo;
  const base = estate();
  beforeEach(() => {
    repo = new TempRepo({ [FILE]: base });
  });
  afterEach(() => repo.cleanup());

  /** runDiff with the real compiler, recording the pools of each model it is asked to synthesize. */
  function diffRecording() {
    const compiled: string[][] = [];
    const outcome = runDiff({
      base: 'main',
      files: [],
      accept: [],
      cwd: repo.dir,
      synthesize: (models) => {
        compiled.push(
          models.map((m) => `${m.stack}: ${m.pools.map((p) => p.id).join(',') || '(no pools)'}`),
        );
        return synthesizeModels(models);
      },
    });
    if (!outcome.report) throw new Error(JSON.stringify(outcome.diagnostics));
    const report = outcome.report;
    return {
      report,
      compiled,
      hazards: report.hazards.map((h) => `${h.code} ${h.subject}: ${h.message}`).sort(),
    };
  }

  const edits: Array<{
    name: string;
    edit: (s: string) => string | undefined;
    compiled: string[][];
  }> = [
    {
      name: 'a one-line change in one pool',
      edit: (s) => s.replace('https://c.example.com/cb', 'https://c.example.com/callback'),
      compiled: [['estate: c'], ['estate: c']],
    },
    {
      name: 'a replacing change (usernameAttributes) in one pool',
      edit: (s) => s.replace('  d:\n', '  d:\n    signIn: { usernameAttributes: [email] }\n'),
      compiled: [['estate: d'], ['estate: d']],
    },
    {
      name: 'a pool removed',
      edit: (s) => s.replace(/ {2}d:\n(?: {4}.*\n)+/, ''),
      compiled: [['estate: (no pools)'], ['estate: d']],
    },
    {
      name: 'a pool added',
      edit: (s) =>
        `${s}  e:\n    clients:\n      m2m: { generateSecret: true, authFlows: [refresh-token] }\n`,
      compiled: [['estate: e'], ['estate: (no pools)']],
    },
    {
      name: 'a pool stops using a shared variable: the pool sharing it is compiled too, and the variable compared whole',
      edit: (s) =>
        s
          .replace('  a:\n', '  a:\n    name: estate-a\n')
          .replace(
            /(a\.okta\.example\.com\n.*\n {8}clientSecret: )\{ variable: shared_secret \}/,
            '$1{ ssm: /estate/a }',
          ),
      compiled: [['estate: a,b'], ['estate: a,b']],
    },
    {
      name: 'the Region changes: every resource is replaced, so the stack is compiled whole',
      edit: (s) => s.replace('region: us-east-1', 'region: eu-west-1'),
      compiled: [['estate: a,b,c,d'], ['estate: a,b,c,d']],
    },
    {
      name: 'a tag changes: the provider block changes, compiled whole',
      edit: (s) => s.replace('team: identity', 'team: platform'),
      compiled: [['estate: a,b,c,d'], ['estate: a,b,c,d']],
    },
    { name: 'the stack file is removed', edit: () => undefined, compiled: [['estate: a,b,c,d']] },
  ];

  test.each(edits)(
    '$name: the same changes and hazards as the whole comparison',
    ({ edit, compiled }) => {
      const head = edit(base);
      if (head === undefined) repo.remove(FILE);
      else repo.write(FILE, head);
      const result = diffRecording();
      // Head first, then base (index.ts compiles the head side first); a side with nothing to compile is skipped.
      expect(result.compiled).toEqual(compiled);
      const expected = whole(base, head);
      expect(result.report.stacks.flatMap((s) => s.changes)).toEqual(expected.changes);
      expect(result.hazards).toEqual(expected.hazards);
      expect(expected.changes.length).toBeGreaterThan(0);
    },
  );

  test('no change: nothing is compiled, CDKTF is never asked', () => {
    const result = diffRecording();
    expect(result.compiled).toEqual([]);
    expect(result.report.stacks).toEqual([
      { stack: 'estate', file: FILE, baseFile: FILE, status: 'unchanged', changes: [] },
    ]);
  });

  test('another file changes: this stack is not compiled', () => {
    repo
      .write(
        'config/other.yaml',
        'version: 1\nstack: other\naws:\n  region: us-east-1\nuserPools:\n  p: {}\n',
      )
      .commit('other');
    repo.edit('config/other.yaml', (s) => s.replace('p: {}', 'p: { name: other-p2 }'));
    const result = diffRecording();
    expect(result.compiled).toEqual([['other: p'], ['other: p']]);
    expect(result.report.stacks.map((s) => `${s.stack} ${s.status}`)).toEqual([
      'estate unchanged',
      'other changed',
    ]);
  });
});

describe('a base that does not validate', () => {
  test('a base whose two files clash (stack-duplicate): a note, and neither file is compiled', () => {
    const file = (stack: string, name: string) =>
      `version: 1\nstack: ${stack}\naws:\n  region: us-east-1\nuserPools:\n  p: { name: ${name} }\n`;
    const repo = new TempRepo({ 'config/a.yaml': file('x', 'a'), 'config/b.yaml': file('x', 'b') });
    try {
      repo.write('config/b.yaml', file('y', 'b'));
      const outcome = runDiff({
        base: 'main',
        files: [],
        accept: [],
        cwd: repo.dir,
        synthesize: (models) => {
          // Only what can be compared: the stacks whose base validates (none here) or that are new.
          expect(models.map((m) => m.stack)).toEqual([]);
          return new Map();
        },
      });
      expect(outcome.report?.baseProblems?.findings.map((d) => `${d.file} ${d.code}`)).toContain(
        'config/b.yaml stack-duplicate',
      );
    } finally {
      repo.cleanup();
    }
  });
});

describe('whatToCompile', () => {
  test('finds every { variable } secret of a pool, wherever it is', () => {
    expect([...variablesOf(modelOf(estate()).pools[0])]).toEqual(['shared_secret']);
    expect([
      ...variablesOf({ deep: [{ x: { variable: 'v' } }, { variable: 'w', other: 1 }] } as never),
    ]).toEqual(['v']);
  });

  test('equal models: unchanged; the same model with a pool fewer: only that pool', () => {
    const model = modelOf(estate());
    // Built twice from the same text, as the two sides of a diff are.
    expect(whatToCompile(model, modelOf(estate()))).toEqual({ kind: 'unchanged' });
    const fewer = { ...model, pools: model.pools.filter((p) => p.id !== 'd') };
    expect(whatToCompile(model, fewer)).toMatchObject({
      kind: 'compile',
      pruned: true,
      head: { pools: [] },
    });
  });
});
