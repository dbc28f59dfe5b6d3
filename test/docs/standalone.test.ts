import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/markdown';

/**
 * The team's shared notes (the language contract, the AWS-limits digest) are
 * not part of the repository a user clones: nothing that ships may point at
 * them. Cite AWS's or the provider's public URLs, or docs/aws-limits.md.
 */
const FORBIDDEN = ['shared/oracle', 'shared/config-spec', '../shared/'];

test('no tracked file under src/, docs/, schemas/, README.md or main.ts cites the shared notes', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--', 'src', 'docs', 'schemas', 'README.md', 'main.ts'],
    { cwd: ROOT, encoding: 'utf8' },
  )
    .split('\0')
    .filter(Boolean);
  expect(files).toContain('README.md');
  expect(files).toContain('docs/aws-limits.md');
  const hits: string[] = [];
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const needle of FORBIDDEN)
        if (line.includes(needle)) hits.push(`${file}:${i + 1}: ${needle}`);
    });
  }
  expect(hits).toEqual([]);
});
