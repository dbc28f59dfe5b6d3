import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../src/cli/review';
import { UsageError } from '../../src/load/files';
import { modelsFromContents } from '../../src/model/pipeline';
import {
  DEFAULT_MAX_CHARS,
  fitComment,
  GITHUB_COMMENT_LIMIT,
  joinDocument,
  parseMaxChars,
} from '../../src/outputs/format/comment-limit';
import { renderReview, reviewOrigins } from '../../src/outputs/review';
import { TempRepo } from '../diff/repo';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../bench/generate.js') as {
  generate: (o?: {
    pools?: number;
    providers?: number;
    clients?: number;
    stack?: string;
  }) => string;
};

/**
 * Every Markdown output fits one GitHub comment (65,536 characters): whole
 * when it fits, else shortened section by section with a pointer to the
 * complete text, which `--output-full` writes.
 */

/** Run `cogfed review` in-process in `cwd`: exit code and stdout. */
function run(files: string[], options: Parameters<typeof review>[1], cwd: string) {
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((s) => ((stderr += String(s)), true));
  const before = process.cwd();
  try {
    process.chdir(cwd);
    return { exitCode: review(files, options, cwd), stdout, stderr };
  } finally {
    process.chdir(before);
    out.mockRestore();
    err.mockRestore();
  }
}

describe('fitComment', () => {
  const doc = {
    head: '# Title\n',
    sections: Array.from({ length: 30 }, (_, i) => ({
      full: `## Part ${i}\n\n${'x'.repeat(500)}\n`,
      short: `## Part ${i}: 500 x, not shown.\n`,
    })),
    tail: '<sub>end</sub>\n',
    joiner: '\n',
  };

  test('a document that fits is returned whole, byte for byte', () => {
    expect(fitComment(doc, { maxChars: 100_000, fullText: 'F', noun: 'parts' })).toBe(
      joinDocument(doc),
    );
  });

  test('a long one: sections whole while they fit, then summaries, then a count; the note says where the rest is', () => {
    const fitted = fitComment(doc, {
      maxChars: 5_000,
      fullText: 'The complete text is in `full.md`.',
      noun: 'parts',
    });
    expect(fitted.length).toBeLessThanOrEqual(5_000);
    expect(
      fitted.startsWith(
        '# Title\n\n> [!NOTE]\n> This is too long for one pull-request comment (5,000 characters at most)',
      ),
    ).toBe(true);
    expect(fitted).toContain('The complete text is in `full.md`.');
    expect(fitted).toContain('## Part 0\n\nxxx');
    expect(fitted).toMatch(/## Part \d+: 500 x, not shown\./);
    expect(fitted.endsWith('<sub>end</sub>\n')).toBe(true);
    // Every part is named before any is shown whole at length: the summaries of the later parts are kept room for.
    for (let i = 0; i < 30; i++) expect(fitted).toContain(`## Part ${i}`);
    const long = {
      ...doc,
      sections: doc.sections.map((x, i) => ({ ...x, short: `## Part ${i}: ${'y'.repeat(100)}\n` })),
    };
    const tiny = fitComment(long, { maxChars: 2_000, fullText: 'F', noun: 'parts' });
    expect(tiny.length).toBeLessThanOrEqual(2_000);
    expect(tiny).toMatch(/_… and \d+ more parts not shown\._/);
  });

  test('a section too long whole gives the most of it that fits (partial), before its summary', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i}`);
    const section = {
      full: `## Big\n\n${lines.join('\n')}\n`,
      short: '## Big: 400 lines, not shown.\n',
      partial: (room: number) => {
        const kept: string[] = [];
        let size = 40;
        for (const line of lines) {
          if (size + line.length + 1 > room) break;
          kept.push(line);
          size += line.length + 1;
        }
        return kept.length
          ? `## Big\n\n${kept.join('\n')}\n${400 - kept.length} more\n`
          : undefined;
      },
    };
    const small = { full: '## Small\n', short: '## Small\n' };
    const fitted = fitComment(
      { head: '# T\n', sections: [section, small], joiner: '\n' },
      { maxChars: 2_000, fullText: 'F', noun: 'parts' },
    );
    expect(fitted.length).toBeLessThanOrEqual(2_000);
    expect(fitted).toContain('## Big\n\nline 0\nline 1\n');
    expect(fitted).toMatch(/\n\d+ more\n/);
    // The later part keeps its room.
    expect(fitted).toContain('## Small\n');
    // Nothing useful fits: the summary.
    const none = fitComment(
      { head: '# T\n', sections: [{ ...section, partial: () => undefined }], joiner: '\n' },
      { maxChars: 2_000, fullText: 'F', noun: 'parts' },
    );
    expect(none).toContain('## Big: 400 lines, not shown.');
  });

  test('a group: its first part stands for it; its other parts whole while they fit, then one line counts the rest', () => {
    const part = (name: string) => ({
      full: `#### ${name}\n\n${'z'.repeat(400)}\n`,
      short: `#### ${name}: not shown.\n`,
    });
    const group = {
      label: 'pool `p`',
      sections: [
        { full: '### Pool p\n\nsettings\n', short: '### Pool p: 10 parts\n' },
        ...Array.from({ length: 10 }, (_, i) => part(`Provider ${i}`)),
      ],
    };
    const fitted = fitComment(
      { head: '# T\n', sections: [group], joiner: '\n' },
      { maxChars: 2_500, fullText: 'F', noun: 'pools' },
    );
    expect(fitted.length).toBeLessThanOrEqual(2_500);
    expect(fitted).toContain('### Pool p\n\nsettings\n');
    expect(fitted).toMatch(/#### Provider 0\n\nz+\n/);
    expect(fitted).toMatch(/_\d+ more parts of pool `p` not shown in full\._/);
    expect(fitted).not.toContain('Provider 9');
    expect(joinDocument({ head: '# T\n', sections: [group], joiner: '\n' })).toContain(
      'Provider 9',
    );
  });

  test('even a head longer than the budget ends within it, the note first', () => {
    const fitted = fitComment(
      { head: 'line\n'.repeat(2_000), sections: [], joiner: '\n' },
      { maxChars: 3_000, fullText: 'F', noun: 'parts' },
    );
    expect(fitted.length).toBeLessThanOrEqual(3_000);
    expect(fitted.startsWith('> [!NOTE]')).toBe(true);
  });

  test("--max-chars: a whole number up to GitHub's limit", () => {
    expect(parseMaxChars('30000')).toBe(30_000);
    for (const bad of ['abc', '1.5', '100', String(GITHUB_COMMENT_LIMIT + 1)])
      expect(() => parseMaxChars(bad)).toThrow(UsageError);
    expect(DEFAULT_MAX_CHARS).toBeLessThan(GITHUB_COMMENT_LIMIT);
  });
});

describe('cogfed review at estate size', () => {
  const large = generate({ pools: 50, providers: 20, clients: 5 });
  let repo: TempRepo;
  beforeAll(() => {
    repo = new TempRepo({
      'config/large.yaml': large,
      'config/small.yaml': generate({ pools: 2, providers: 4, clients: 1, stack: 'small' }),
    });
  });
  afterAll(() => repo.cleanup());

  test('the whole review of a 50 x 20 x 5 file fits a comment; --output-full writes the complete text, which the comment names', () => {
    const result = run([], { outputFull: 'out/review-full.md' }, repo.dir);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
    expect(result.stdout).toContain('The complete text is in `out/review-full.md`');
    const full = readFileSync(join(repo.dir, 'out/review-full.md'), 'utf8');
    expect(full.length).toBeGreaterThan(1_000_000);
    const models = modelsFromContents(
      ['config/large.yaml', 'config/small.yaml'].map((path) => ({
        path,
        bytes: readFileSync(join(repo.dir, path)),
      })),
    );
    if (!models.ok) throw new Error('the generated files do not validate');
    expect(full).toBe(renderReview(models.models, reviewOrigins(models.stacks)));
    // Every pool is named, whole or in one line.
    for (let p = 0; p < 50; p++)
      expect(result.stdout).toContain(`### User pool \`pool${String(p).padStart(2, '0')}\``);
  });

  test('--max-chars gives a pipeline a share of the comment', () => {
    const result = run([], { maxChars: 20_000 }, repo.dir);
    expect(result.stdout.length).toBeLessThanOrEqual(20_000);
    expect(result.stdout).toContain('The complete text: `cogfed review --output-full FILE`.');
  });

  test('--base: only the stacks and pools the change touches; removed pools and stacks in a line', () => {
    repo.edit('config/large.yaml', (s) =>
      s
        .replace('    name: bench-pool17\n', '    name: bench-pool17-renamed\n')
        .replace(/ {2}pool49:\n(?: {4}.*\n)+/, ''),
    );
    repo.remove('config/small.yaml');
    try {
      const result = run([], { base: 'main' }, repo.dir);
      expect(result.exitCode).toBe(0);
      const md = result.stdout;
      expect(md).toContain('Only what changed since `main` (`');
      expect(md).toContain(
        '1 stack of 1 and 1 user pool of 49, and 1 stack and 1 user pool removed; the rest is unchanged.',
      );
      expect(md).toContain('### User pool `pool17` (`bench-pool17-renamed`)');
      expect(md).not.toContain('### User pool `pool16`');
      expect(md).toContain('### User pool `pool49`: removed');
      expect(md).toContain('## Stack `small`: removed');
      expect(md).not.toContain('[!NOTE]');
    } finally {
      repo.git('checkout', '-q', '--', '.');
    }
  });

  test('--base with nothing changed: says so, and shows no stack', () => {
    const result = run([], { base: 'main' }, repo.dir);
    expect(result.stdout).toContain('Nothing changed since `main`');
    expect(result.stdout).not.toContain('## Stack');
  });

  test('--base whose files do not validate: every stack is shown, and the review says why', () => {
    repo
      .write('config/large.yaml', large.replace('version: 1', 'version: 2'))
      .commit('broken base');
    repo.write('config/large.yaml', large);
    try {
      const result = run(['config/large.yaml'], { base: 'main', maxChars: 30_000 }, repo.dir);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(
        'The files at `main` do not validate, so nothing is left out: every stack is shown.',
      );
      expect(result.stdout.length).toBeLessThanOrEqual(30_000);
    } finally {
      repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
    expect(existsSync(join(repo.dir, 'config/small.yaml'))).toBe(true);
  });
});
