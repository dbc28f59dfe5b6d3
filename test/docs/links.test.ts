import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { anchors, links, readDoc, ROOT } from '../helpers/markdown';

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

test.each(DOCS)(
  'every relative link in %s lands on a file of the repository, and on a heading of it',
  (doc) => {
    const broken: string[] = [];
    for (const target of links(readDoc(doc))) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [file, anchor] = target.split('#');
      const path = file ? join(ROOT, dirname(doc), file) : join(ROOT, doc);
      if (!existsSync(path) || relative(ROOT, path).startsWith('..')) {
        broken.push(`${target}: no such file in the repository`);
        continue;
      }
      if (
        anchor !== undefined &&
        path.endsWith('.md') &&
        !anchors(readDoc(relative(ROOT, path))).has(anchor)
      )
        broken.push(`${target}: no such heading`);
    }
    expect(broken).toEqual([]);
  },
);
