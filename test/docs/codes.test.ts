import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSarif } from '../../src/outputs/format/sarif';
import { diagnosticRules, hazardRules } from '../../src/outputs/format/sarif-rules';
import { CODE_CATALOG } from '../../src/validate/codes';
import { HAZARD_KINDS } from '../../src/outputs/diff/hazard-codes';

const codesDoc = readFileSync(join(__dirname, '../../docs/codes.md'), 'utf8');

/** GitHub's slug of a heading (github-slugger: lower-case, punctuation other than `-` and `_` dropped, spaces to `-`), written here independently of src/outputs/format/code-docs.ts. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The headings of a Markdown file outside code fences, as [text, line]. */
function headings(markdown: string): Array<[string, string]> {
  let fenced = false;
  const out: Array<[string, string]> = [];
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6} +(.+?) *#*$/.exec(line);
    if (heading) out.push([heading[1], line]);
  }
  return out;
}

/** Anchor → heading line; a repeated slug gets `-1`, `-2`… as on GitHub. */
function githubAnchors(markdown: string): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const [text, line] of headings(markdown)) {
    let anchor = slug(text);
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug(text)}-${n}`;
    anchors.set(anchor, line);
  }
  return anchors;
}

test('docs/codes.md is generated from the code catalog and the hazard kinds (node scripts/docs-codes.js)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { render } = require('../../scripts/docs-codes.js');
  expect(render()).toBe(codesDoc);
});

test("every SARIF helpUri lands on its code's own heading in docs/codes.md", () => {
  const anchors = githubAnchors(codesDoc);
  const rules = [...diagnosticRules(), ...hazardRules()];
  const diagnostics = rules.map((r) => ({
    file: 'x.yaml',
    line: 1,
    col: 1,
    severity: 'error' as const,
    code: r.id,
    message: 'm',
  }));
  const descriptors: Array<{ id: string; helpUri: string }> = JSON.parse(
    formatSarif(diagnostics, rules, { cwd: '/w' }),
  ).runs[0].tool.driver.rules;
  const expected = [...CODE_CATALOG().map((c) => c.id), ...HAZARD_KINDS.map((k) => k.code)];
  expect(descriptors.map((d) => d.id).sort()).toEqual([...new Set(expected)].sort());
  const missing = descriptors.filter((d) => {
    const [page, anchor] = d.helpUri.split('#');
    return (
      page !== 'https://github.com/cogfed/cogfed/blob/main/docs/codes.md' ||
      anchors.get(anchor) !== `### ${d.id}`
    );
  });
  expect(missing).toEqual([]);
  expect(descriptors.find((d) => d.id === 'idp-name')!.helpUri).toBe(
    'https://github.com/cogfed/cogfed/blob/main/docs/codes.md#idp-name',
  );
});

test('no two headings of docs/codes.md share an anchor (so none gets a -1 suffix)', () => {
  const slugs = headings(codesDoc).map(([text]) => slug(text));
  expect(slugs.filter((anchor, i) => slugs.indexOf(anchor) !== i)).toEqual([]);
  expect(slugs).toContain('idp-name');
});
