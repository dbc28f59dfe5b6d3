import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

export function readDoc(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** GitHub's slug of a heading (github-slugger: lower-case, punctuation other than `-` and `_` dropped, spaces to `-`). */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The headings of a Markdown file outside code fences. */
export function headings(markdown: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6} +(.+?) *#*$/.exec(line);
    if (heading) out.push(heading[1]);
  }
  return out;
}

/** The anchors GitHub gives a file's headings; a repeated slug gets `-1`, `-2`… */
export function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const text of headings(markdown)) {
    let anchor = slug(text);
    for (let n = 1; out.has(anchor); n++) anchor = `${slug(text)}-${n}`;
    out.add(anchor);
  }
  return out;
}

/** Markdown links `[text](target)` outside code fences and inline code. */
export function links(markdown: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/\]\(([^)\s]+)\)/g)) out.push(match[1]);
  }
  return out;
}
