import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../load/files';

/** A file the imported YAML names beside itself (outputs/import ImportedFile). */
interface BesideFile {
  path: string;
  content: string;
  provider: string;
}

/**
 * Where the files beside the YAML (a SAML provider's metadata,
 * `metadata/<provider>.xml`) go: into the folder of `-o`, since the YAML
 * names them relative to itself. On stdout the YAML has no folder, and a
 * file written to the working directory would be found only if the YAML
 * happened to land beside it, so `-o` is required then (exit 2, nothing
 * written). An existing file is replaced only with `--force`, as `-o` is.
 * Checked before anything is written.
 */
export function checkBesideFiles(
  files: readonly BesideFile[],
  output: string | undefined,
  force: boolean,
): void {
  if (files.length === 0) return;
  if (output === undefined) {
    const list = files.map((f) => `${f.path} (${f.provider})`).join(', ');
    throw new UsageError(
      `the pool has SAML metadata kept as a document (MetadataFile), which the YAML names as a file beside itself: ${list}; give -o <file.yaml> to write the YAML and the metadata into its folder; nothing written`,
    );
  }
  for (const file of files) {
    const target = besidePath(output, file.path);
    if (existsSync(target) && !force)
      throw new UsageError(
        `${target} (the SAML metadata of ${file.provider}) exists; remove it or add --force; nothing written`,
      );
  }
}

/** Write each file beside `output` (temporary file, then rename: never half a document). */
export function writeBesideFiles(files: readonly BesideFile[], output: string): string[] {
  return files.map((file) => {
    const target = besidePath(output, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(
      dirname(target),
      `.${Date.now().toString(36)}-${process.pid}.cogfed-import.tmp`,
    );
    writeFileSync(temporary, file.content);
    renameSync(temporary, target);
    return target;
  });
}

function besidePath(output: string, relative: string): string {
  return join(dirname(resolve(output)), ...relative.split('/'));
}
