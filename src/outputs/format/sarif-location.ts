import { isAbsolute, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * File paths as SARIF artifact locations. SARIF's `uri` is an RFC 3986 URI
 * reference, so a path is percent-encoded segment by segment (a space, `#`,
 * `?`, `%` written raw is not a valid reference: the SARIF multitool's
 * SARIF1002). Relative paths stay relative to the uriBaseId below, which
 * `originalUriBaseIds` resolves to the directory cogfed ran in; absolute
 * paths, and relative ones that leave that directory, become `file:` URIs.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html#_Toc141790680 (3.4.3 uri property)
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html#_Toc141790748 (3.14.14 originalUriBaseIds property)
 */

/** The base of relative paths; `%SRCROOT%` is the name CodeQL and GitHub's examples use. */
export const SOURCE_ROOT = '%SRCROOT%';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  // Diagnostics written on Windows name files with backslashes; a URI separates segments with `/`.
  const path = file.split('\\').join('/');
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const normalized = posix.normalize(path);
  if (normalized === '..' || normalized.startsWith('../'))
    return { uri: pathToFileURL(resolve(cwd, path)).href };
  return { uri: normalized.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** `originalUriBaseIds`: where `%SRCROOT%` points, as an absolute `file:` URI ending in `/` (SARIF 3.14.14). */
export function originalUriBaseIds(
  cwd: string,
): Record<string, { uri: string; description: { text: string } }> {
  const href = pathToFileURL(resolve(cwd)).href;
  return {
    [SOURCE_ROOT]: {
      uri: href.endsWith('/') ? href : `${href}/`,
      description: { text: 'The directory cogfed ran in: file paths are relative to it.' },
    },
  };
}
