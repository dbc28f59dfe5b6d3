import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The files `cdktf synth` rewrites; everything else in the output folder
 * belongs to someone else (Terraform's `.terraform/` and lock file in a stack
 * folder, plan files, state a user keeps there) and survives a synth, as it
 * does with cdktf.
 */
const GENERATED_TOP = new Set(['manifest.json', 'stacks']);
const GENERATED_IN_STACK = new Set(['cdk.tf.json']);

/**
 * Copy what the previous output holds beyond cdktf's own files into the
 * staged output, so the swap replaces only those files. Stack folders the new
 * manifest no longer names are dropped, as cdktf drops them. Files are
 * hard-linked (instant, no extra space, even for a provider binary) and the
 * old folder is only read, so a failure here leaves it untouched.
 */
export function carryOver(previous: string, staged: string, stacks: ReadonlySet<string>): void {
  for (const entry of readdirSync(previous)) {
    if (!GENERATED_TOP.has(entry)) copyTree(join(previous, entry), join(staged, entry));
  }
  const previousStacks = join(previous, 'stacks');
  if (!isDirectory(previousStacks)) return;
  for (const entry of readdirSync(previousStacks)) {
    const from = join(previousStacks, entry);
    if (!isDirectory(from)) {
      copyTree(from, join(staged, 'stacks', entry));
      continue;
    }
    if (!stacks.has(entry)) continue;
    for (const inner of readdirSync(from)) {
      if (!GENERATED_IN_STACK.has(inner))
        copyTree(join(from, inner), join(staged, 'stacks', entry, inner));
    }
  }
}

function copyTree(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) {
    symlinkSync(readlinkSync(from), to);
  } else if (stat.isDirectory()) {
    mkdirSync(to, { mode: stat.mode & 0o7777 });
    for (const entry of readdirSync(from)) copyTree(join(from, entry), join(to, entry));
  } else {
    try {
      linkSync(from, to);
    } catch {
      // A file system without hard links: copy (libuv keeps the mode).
      copyFileSync(from, to);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
