import {
  chmodSync,
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError, YAML_FILE } from '../load/files';
import { errnoText } from '../load/read';
import { checkParentFolders } from '../outputs/synth/target';

/**
 * `review -o` (and `--output-full` of review and diff) writes Markdown, never over what it reads: not onto a
 * configuration file (one being reviewed, or any `.yaml`/`.yml`), not onto a
 * folder, not through a file.
 */
export function checkReviewOutput(
  output: string,
  inputs: readonly string[],
  flag = '--output',
): void {
  if (YAML_FILE.test(output))
    throw new UsageError(
      `${flag} ${output} names a YAML file, where configuration lives; the review is Markdown: name a file such as review.md`,
    );
  let stat;
  try {
    stat = statSync(output);
  } catch {
    checkParentFolders(output);
    return;
  }
  if (stat.isDirectory())
    throw new UsageError(
      `${flag} ${output} is a folder; name a file in it, e.g. ${join(output, 'review.md')}`,
    );
  for (const input of inputs) {
    try {
      const other = statSync(input);
      if (other.dev === stat.dev && other.ino === stat.ino)
        throw new UsageError(
          `${flag} ${output} is ${input}, one of the files being reviewed; name another file, e.g. review.md`,
        );
    } catch (error) {
      if (error instanceof UsageError) throw error;
    }
  }
}

/**
 * Replace the file in one step (a temporary file beside it, then a rename): a
 * failure leaves the old file whole. `shown` is the name an error gives it
 * (the path as the user wrote it).
 */
export function writeReplacing(path: string, text: string, shown = path): void {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.tmp-${process.pid}`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    const fd = openSync(temporary, 'w', 0o666);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${shown} (${errnoText(error)})`);
  }
}
